import '../language/node-shim.cjs';
