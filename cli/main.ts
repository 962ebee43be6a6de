console.log("pacto")
