/** es messages of the pacto command's messages, help and errors (cli/). */
import type { Messages } from '../template.js';
import type { cli as en } from '../en/cli.js';

export const cli: Messages<typeof en> = {
    cliGeneralHelp: `pacto {version}: acuerdos de nivel de servicio como código

Uso: pacto COMANDO [OPCIONES] [ARGUMENTOS]

Comandos:
{commands}

Opciones:
  -h, --help     muestra esta ayuda ('pacto COMANDO --help' para la de cada comando)
  --version      muestra la versión
  --lang IDIOMA  el idioma de los mensajes y la ayuda: en, es, pt-BR o auto (por omisión: LC_ALL,
                 LC_MESSAGES o LANG, como es_ES.UTF-8; si no, inglés). La salida JSON nunca cambia con él.

Código de salida: 0 correcto, 1 el contrato tiene errores, 2 uso incorrecto o archivo ilegible, 70 error
interno (un fallo de pacto: defina PACTO_DEBUG=1 para incluir la traza en el informe del fallo).
`,
    cliSummaryHelp: 'muestra la ayuda de un comando',
    cliSummaryCheck: 'revisa los contratos en busca de errores y advertencias',
    cliSummaryDeadline: 'calcula los plazos de respuesta y de resolución de un ticket y sus escalamientos',
    cliSummaryElapsed: 'mide el tiempo hábil de un calendario entre dos instantes',
    cliSummarySimulate: 'simula un escenario de tickets: ¿se cumplirá el contrato?',
    cliSummaryExport: 'escribe el contrato en JSON, Markdown, HTML o un PDF para firmar',
    cliSummaryReport: 'mide un historial de tickets frente al contrato: objetivos, incumplimientos, créditos adeudados',
    cliSummaryCalibrate: 'ajusta un escenario de simulación a un historial de tickets',
    cliSeeHelp: "{message} (véase '{help}')",
    cliInternalError: 'error interno: {message}',
    cliUnknownCommand: "comando desconocido '{name}'",
    cliUnknownCommandDidYouMean: "comando desconocido '{name}'; ¿quiso decir '{suggestion}'?",
    cliUnknownOption: "opción desconocida '{option}'",
    cliUnknownOptionFor: "opción desconocida '{option}' para '{command}'",
    cliHelpTakesOneName: "'help' admite como mucho un nombre de comando",
    cliOptionTakesNoValue: "la opción '{option}' no lleva valor",
    cliOptionNeedsValue: "la opción '{option}' necesita un valor",
    cliOptionMustBe: "la opción '{option}' debe ser {expected}, no '{value}'",
    cliUnknownLanguage: "idioma desconocido '{value}' para --lang: debe ser {languages}",

    cliNumberNotANumber: "{option} debe ser un número entero de {min} a {max}, no '{value}'",
    cliNumberNotWhole: '{option} debe ser un número entero (sin decimales), no {value}',
    cliNumberNegative: '{option} no puede ser negativo ({value}): debe estar entre {min} y {max}',
    cliNumberTooSmall: '{option} debe ser al menos {min}, no {value}',
    cliNumberTooLarge: '{option} debe ser como mucho {max}, no {value}',

    cliCannotRead: 'no se puede leer {file}: {reason}',
    cliCannotWrite: 'no se puede escribir {file}: {reason}',
    cliReasonNoSuchFile: 'no existe el archivo o la carpeta',
    cliReasonNoSuchFolder: 'la carpeta no existe',
    cliReasonOutputIsDirectory: 'es una carpeta; indique un archivo donde escribir',
    cliReasonPermissionDenied: 'permiso denegado',
    cliReasonNotPermitted: 'operación no permitida',
    cliReasonIsDirectory: 'es una carpeta',
    cliReasonNotDirectory: 'no es una carpeta',
    cliReasonTooManyLinks: 'demasiados enlaces simbólicos',
    cliReasonNameTooLong: 'nombre de archivo demasiado largo',
    cliReasonTooManyOpenFiles: 'demasiados archivos abiertos',
    cliReasonReadOnly: 'sistema de archivos de solo lectura',
    cliReasonNoSpace: 'no queda espacio en el disco',
    cliReasonQuota: 'cuota de disco superada',
    cliReasonBusy: 'el archivo está en uso',
    cliNoPactoFiles: 'no hay archivos .pacto en {directory}',
    cliUtf16: 'el archivo está guardado en UTF-16 ({endian}), no en UTF-8: guárdelo como UTF-8 en su editor y vuelva a revisarlo',
    cliInvalidUtf8: 'el archivo no es UTF-8 válido (byte {byte} aquí): guárdelo como UTF-8 en su editor y vuelva a revisarlo',

    cliNoContractFile: 'no hay ningún archivo de contrato en {file}',
    cliContractHasErrors: 'el contrato tiene errores, no se calculó nada: {problem}',
    cliContractHasErrorsFirstOf: "el contrato tiene errores, no se calculó nada: {problem} (el primero de {count} errores; 'pacto check {file}' los lista)",
    cliFileDeclaresNoContract: '{file} no declara ningún contrato',
    cliChooseContract: '{file} declara {count} contratos ({names}); elija uno con --contract',
    cliInContract: 'en el contrato {name}',
    cliInFile: 'en {file}',
    cliUnknownCategory: "categoría desconocida '{name}' {where}; {hint}",
    cliUnknownContract: "contrato desconocido '{name}' {where}; {hint}",
    cliUnknownCalendar: "calendario desconocido '{name}' {where}; {hint}",
    cliUnknownScenario: "escenario desconocido '{name}' {where}; {hint}",
    cliDidYouMean: "¿quiso decir '{name}'?",
    cliDeclaredCategories: 'categorías declaradas: {names}',
    cliDeclaredContracts: 'contratos declarados: {names}',
    cliDeclaredCalendars: 'calendarios declarados: {names}',
    cliDeclaredScenarios: 'escenarios declarados: {names}',
    cliDeclaresNoCategory: 'no declara ninguna categoría',
    cliDeclaresNoContract: 'no declara ningún contrato',
    cliDeclaresNoCalendar: 'no declara ningún calendario',
    cliDeclaresNoScenario: 'no declara ningún escenario',

    cliNeedsContractFile: "'{command}' necesita un archivo de contrato",
    cliTakesOneFile: "'{command}' admite un solo archivo de contrato, no {count}",
    cliTakesOneFileNotDirectory: "'{command}' admite un solo archivo de contrato, y {file} es una carpeta (indique un archivo .pacto de ella; 'pacto check' sí admite carpetas)",
    cliNeedsOption: "'{command}' necesita {option}",
    cliBadOptionValue: '{option} {value}: {reason}',
    cliPauseExpected: '--pause {value}: se esperaba INICIO/FIN, dos instantes como 2026-03-02T10:00-03:00/2026-03-02T11:30-03:00',
    cliPauseEndsBeforeStart: '--pause {value}: la pausa debe terminar después de empezar',
    cliToBeforeFrom: '--to {to} es anterior a --from {from}',

    cliHelpCheck: `Uso: pacto check [--format text|json] ARCHIVO|CARPETA...

Analiza, enlaza y valida los contratos, todos en un mismo espacio de trabajo, e informa de cada problema.
Una carpeta equivale a los archivos .pacto que contiene; un archivo nombrado se revisa sea cual sea su extensión.
Los archivos deben estar en UTF-8 (con o sin marca de orden de bytes).

Opciones:
  --format text   una línea por problema, "ruta:línea:columna: gravedad: mensaje" (por omisión);
                  un archivo sin problemas muestra "ruta: sin problemas"; el resumen va a stderr
  --format json   un único arreglo JSON en stdout, cada problema como
                  {"file", "line", "column", "severity", "message", "code"}, en inglés diga lo que diga --lang
  -h, --help      muestra esta ayuda

Código de salida: 0 sin errores (se admiten advertencias), 1 errores, 2 uso incorrecto o archivo ilegible,
70 error interno.
`,
    cliCheckNeedsFile: "'check' necesita al menos un archivo",
    cliNoProblems: '{file}: sin problemas',
    cliSeverityError: 'error',
    cliSeverityWarning: 'advertencia',
    cliSeverityInfo: 'información',
    cliSeverityHint: 'sugerencia',
    cliNoErrors: '0 errores',
    cliNoWarnings: '0 advertencias',
    cliErrorCount_one: '{count} error',
    cliErrorCount_other: '{count} errores',
    cliWarningCount_one: '{count} advertencia',
    cliWarningCount_other: '{count} advertencias',
    cliInfoCount_one: '{count} aviso informativo',
    cliInfoCount_other: '{count} avisos informativos',
    cliHintCount_one: '{count} sugerencia',
    cliHintCount_other: '{count} sugerencias',
    cliProblemsInFiles_one: '{problems} en {count} archivo',
    cliProblemsInFiles_other: '{problems} en {count} archivos',

    cliHelpDeadline: `Uso: pacto deadline ARCHIVO --category NOMBRE --opened INSTANTE [--pause INICIO/FIN]... [--contract NOMBRE] [--json]

Calcula cuándo vencen los plazos de respuesta y de resolución de un ticket de una categoría abierto en un
instante, y cuándo se dispara cada escalamiento, según los calendarios del contrato. El archivo no debe
tener errores.

Opciones:
  --category NOMBRE    la categoría del ticket (obligatoria)
  --opened INSTANTE    cuándo se abrió el ticket: ISO 8601 con desfase respecto de UTC o Z (obligatorio),
                       p. ej. 2026-03-02T09:00-03:00 o 2026-03-02T12:00Z
  --pause INICIO/FIN   un intervalo en que el reloj se detiene (p. ej. en espera del cliente); repetible
  --contract NOMBRE    el contrato, cuando el archivo declara varios
  --json               muestra {"contract", "category", "opened", "response": {"due"} | null,
                       "resolution": {"due"} | null, "escalations": [{"at", "notify"}]}
  -h, --help           muestra esta ayuda

Los instantes se muestran con el desfase UTC del calendario en que cuenta la respuesta de la categoría (si
no, el de la resolución, si no, el del calendario por omisión, si no, UTC), como en el editor y los documentos.
Código de salida: 0 calculado, 1 el contrato tiene errores, 2 uso incorrecto (nombre desconocido, instante
sin desfase, archivo ilegible), 70 error interno.
`,
    cliWarningOutsideTerm: 'advertencia: el ticket se abre el {day}, fuera de la vigencia del contrato ({start} a {end}): el contrato no garantiza estos plazos',
    cliDeadlineHeader: '{contract} / {category}, horas en {zone}',
    cliDeadlineHeaderTitled: '{contract} / {category} "{title}", horas en {zone}',
    cliDeadlineOpened: 'apertura',
    cliDeadlineResponse: 'respuesta',
    cliDeadlineResolution: 'resolución',
    cliDeadlineEscalation: 'escalamiento',
    cliDeadlineWithin: 'plazo de {duration}',
    cliDeadlineNoTarget: 'sin plazo',
    cliDeadlineNever: 'nunca (el calendario no vuelve a abrir)',
    cliEscalationOfResponse: '{percent} del plazo de respuesta',
    cliEscalationOfResolution: '{percent} del plazo de resolución',
    cliEscalationNotify: '{step}: avisar a {notify}',
    cliEscalationNotifyContact: '{step}: avisar a {notify} <{contact}>',

    cliHelpElapsed: `Uso: pacto elapsed ARCHIVO --calendar NOMBRE --from INSTANTE --to INSTANTE [--pause INICIO/FIN]... [--contract NOMBRE] [--json]

Cuenta el tiempo en que el calendario está abierto, menos las pausas, en [from, to): lo que habría corrido
un reloj de SLA en ese calendario. El archivo no debe tener errores. El calendario incorporado 'always'
cuenta todo el tiempo.

Opciones:
  --calendar NOMBRE    un calendario del contrato, o 'always' (obligatorio)
  --from INSTANTE      inicio, ISO 8601 con desfase UTC o Z (obligatorio), p. ej. 2026-03-02T09:00-03:00
  --to INSTANTE        fin, no anterior a --from (obligatorio)
  --pause INICIO/FIN   un intervalo que no cuenta; repetible
  --contract NOMBRE    el contrato, cuando el archivo declara varios
  --json               muestra {"calendar", "from", "to", "businessMinutes"}
  -h, --help           muestra esta ayuda

Los instantes se muestran con el desfase UTC del calendario.
Código de salida: 0 calculado, 1 el contrato tiene errores, 2 uso incorrecto (nombre desconocido, instante
sin desfase, --to anterior a --from, archivo ilegible), 70 error interno.
`,
    cliElapsedSummary_one: '{minutes} minuto hábil ({span}) en el calendario {calendar} del {from} al {to}',
    cliElapsedSummary_other: '{minutes} minutos hábiles ({span}) en el calendario {calendar} del {from} al {to}',

    cliHelpSimulate: `Uso: pacto simulate ARCHIVO --scenario NOMBRE [--runs N] [--seed S] [--json] [--html SALIDA] [--staffing] [--contract NOMBRE]

Simula N veces el período del escenario (Monte Carlo) con sus llegadas, equipos y tiempos de atención, y
juzga cada respuesta y cada resolución con el reloj de SLA del contrato. Cada objetivo resulta 'realista'
(se cumple en al menos el 90 % de los períodos), 'en riesgo' o 'no realista' (se cumple en menos del 50 %).
Los objetivos de disponibilidad, resolución en el primer contacto y satisfacción no se simulan. El mismo
archivo, escenario y semilla dan siempre los mismos resultados. Véase docs/simulation.md.

Opciones:
  --scenario NOMBRE  el escenario que simular (obligatorio)
  --runs N           períodos que simular, de 1 a {maxRuns} (por omisión {defaultRuns})
  --seed S           semilla de los números aleatorios, de 0 a {maxSeed} (por omisión {defaultSeed})
  --json             muestra los resultados como un único objeto JSON
  --html SALIDA      escribe además un informe HTML autónomo con gráficos en SALIDA
  --staffing         busca además los equipos más pequeños con los que todos los objetivos son realistas
  --workers N        hilos de trabajo (por omisión, uno por núcleo; los resultados no dependen de ello)
  --contract NOMBRE  el contrato, cuando el archivo declara varios
  -h, --help         muestra esta ayuda

Se dibuja una barra de progreso en stderr cuando es una terminal (nunca en una tubería ni en CI).
Código de salida: 0 simulado (sea cual sea el veredicto), 1 el contrato tiene errores, 2 uso incorrecto
(escenario desconocido, número no válido, escenario que no se puede simular, archivo ilegible), 70 error interno.
`,
    cliProgressRuns: '{done}/{total} corridas',
    cliSimStaffing: 'Dotación con la que todos los objetivos son realistas: {teams}',
    cliSimStaffingTeam: '{team} {agents} (hoy {now})',
    cliSimStaffingNone: 'Dotación: ninguno de los tamaños de equipo probados hace realistas todos los objetivos',
    cliSimReportWritten: 'Informe escrito en {file}',

    cliHelpExport: `Uso: pacto export ARCHIVO --format {formatIds} [-o SALIDA] [--contract NOMBRE]

Escribe el contrato como un documento en el idioma del contrato ({locales}):
{formatHelp}

El archivo no debe tener errores (si los tiene, no se escribe nada).

Opciones:
  --format FORMATO     {formatOption}
  -o, --output SALIDA  el archivo que escribir. Se escribe de forma atómica: en un archivo temporal de la
                       misma carpeta, que reemplaza a SALIDA al completarse; ante cualquier fallo, SALIDA
                       queda como estaba. Sin -o, json, md y html van a la salida estándar; un pdf va a la
                       salida estándar solo si no es una terminal (una tubería o un archivo), y si no, necesita -o.
  --contract NOMBRE    el contrato, cuando el archivo declara varios
  -h, --help           muestra esta ayuda

Se dibuja una barra de progreso en stderr cuando es una terminal (nunca en una tubería ni en CI).
Código de salida: 0 escrito, 1 el contrato tiene errores, 2 uso incorrecto (archivo ilegible, falta -o para
un pdf en una terminal, salida que no se puede escribir), 70 error interno.
`,
    cliExportFormatOption: '{formats}; puede omitirse cuando -o termina en {endings}',
    cliFormatJson:
        'el modelo del contrato para otras herramientas, descrito por schema/pacto-contract.schema.json (JSON Schema 2020-12): fechas ISO 8601, duraciones {"minutes", "clock", "calendar"} o {"days", "clock": "business", "calendar"}, importes {"amount", "currency"} y los feriados de la vigencia',
    cliFormatMarkdown: 'Markdown, para wikis',
    cliFormatHtml: 'una página HTML autónoma (CSS en línea, sin contenido remoto), para intranets',
    cliFormatPdf:
        'un PDF para firmar: partes y vigencia, definiciones, servicio, horarios, feriados y canales, categorías y plazos (también por canal), objetivos y cómo se mide cada uno, escalamiento y guardias, obligaciones de ambas partes, procedimiento ante incumplimientos, penalizaciones con la regla de combinación y el peor mes, terminación, informes, revisiones, cláusulas, ejemplos de cálculo de plazos, firmas',
    cliFormatZendesk:
        "configuración de Zendesk Support: las solicitudes a la API que crean los horarios de atención (nombres de zona horaria de Rails, intervalos semanales, cada fecha cerrada de la vigencia) y las políticas de SLA (primera respuesta y resolución por prioridad o por etiqueta de categoría, en horas hábiles o corridas), con lo que Zendesk no puede expresar en \"notExpressible\" (también en stderr); --category-map priority|tag",
    cliFormatFreshdesk:
        "configuración de Freshdesk: las solicitudes a la API de las políticas de SLA (plazos de respuesta y de resolución, por prioridad o por tipo de ticket), el horario de atención y las fechas cerradas que cargar en su administración, y lo que Freshdesk no puede expresar en \"notExpressible\" (también en stderr); --category-map priority|tag",
    cliFormatOpenslo:
        "YAML de OpenSLO v1, un documento SLO por objetivo de disponibilidad: una ventana alineada al calendario en la zona del contrato, la meta como proporción de tramos de un minuto, el SLI por indicatorRef; una ventana de mantenimiento que OpenSLO no puede excluir se anota y se informa en stderr",
    cliFormatIcs:
        "iCalendar (RFC 5545), un VCALENDAR por calendario hábil: el horario semanal como eventos recurrentes en la zona del calendario con su VTIMEZONE, las fechas cerradas como eventos de día completo y los horarios especiales como eventos únicos, durante la vigencia",
    cliExportUnknownFormat: "formato desconocido '{format}': uno de {formats}",
    cliExportNeedsFormat: "'{command}' necesita --format {formats} (o un archivo -o terminado en {endings})",
    cliBinaryNotToTerminal: "un {format} no se escribe en una terminal: indique -o ARCHIVO.{extension}, o redirija la salida ('> ARCHIVO.{extension}')",
    cliProgressChecking: 'revisando el contrato',
    cliProgressRendering: 'generando el {format}',
    cliProgressWriting: 'escribiendo',

    cliHelpReport: `Uso: pacto report ARCHIVO --tickets HISTORIAL [--outages CSV] [--mapping JSON] [--period P | --from D --to D]
                   [--every week|month|quarter] [--format {formats}] [-o SALIDA] [--zone ZONA]
                   [--skip-bad-rows] [--contract NOMBRE]

Reproduce un historial real de tickets frente al contrato con el mismo reloj de SLA que las vistas previas
y el simulador, e informa por período (los de los informes al cliente que promete el contrato: el mensual
si promete varios, meses si no promete ninguno; en la zona del contrato) del valor alcanzado por cada
objetivo frente a su meta, cada incumplimiento, los escalamientos debidos, las respuestas tardías del
cliente, las penalizaciones adeudadas según la regla y los topes del contrato, y los tickets que siguen
abiertos al final. docs/compliance.md explica cómo.

Opciones:
  --tickets HISTORIAL  el historial de tickets (obligatorio): el registro de eventos de Pacto en CSV
                       (encabezado ticket,at,event,category,channel[,first_contact,satisfaction]) o JSON Lines
                       (.jsonl), una exportación de eventos de tickets de Zendesk (.json), una exportación de
                       tickets de Freshdesk (CSV) o cualquier CSV con --mapping
  --outages CSV        un registro de caídas, encabezado start,end[,planned], para objetivos de disponibilidad
  --mapping JSON       cómo leer como eventos la exportación de otra mesa de ayuda (columnas, estados,
                       categorías, canales)
  --period P           un mes (2026-03), un trimestre (2026-Q1) o una semana ISO (2026-W10, de lunes a domingo)
  --from D --to D      fechas locales [from, to) en la zona del contrato, divididas en los períodos del informe
  --every UNIDAD       dividir en semanas (week, de lunes a domingo), meses (month) o trimestres (quarter)
  --format FORMATO     text (por omisión), json (un objeto: schema/compliance-report.schema.json), md, html,
                       pdf (el informe para el cliente, en el idioma del contrato, con gráficos de tendencia);
                       si falta, lo indica la extensión de -o (.json, .md, .html, .pdf)
  -o, --output SALIDA  escribe allí (de forma atómica) en lugar de en la salida estándar; un pdf va a la
                       salida estándar solo si no es una terminal
  --zone ZONA          la zona IANA de las horas escritas sin desfase UTC (si no, son filas erróneas); el
                       informe la indica
  --skip-bad-rows      continúa pese a las filas erróneas y lista cada una omitida en el informe (si no, rechaza)
  --reopen-window DÍAS cuánto tiempo se recuerda un ticket resuelto por si se reabre (por omisión {defaultWindow})
  --contract NOMBRE    el contrato, cuando el archivo declara varios
  -h, --help           muestra esta ayuda

El informe se escribe en el idioma del contrato; los mensajes de la terminal siguen a --lang.
Código de salida: 0 informado, 1 el contrato tiene errores o el historial tiene filas erróneas (se listan
las primeras {listed}, con el total), 2 uso incorrecto (archivo ilegible, valor de opción desconocido), 70
error interno.
`,
    cliHelpCalibrate: `Uso: pacto calibrate ARCHIVO --tickets HISTORIAL [--name NOMBRE] [--mapping JSON] [--zone ZONA] [--skip-bad-rows] [--contract NOMBRE]

Lee un historial de tickets con los mismos lectores y controles que 'pacto report' y muestra un bloque de
escenario para pegar en el contrato: el período en que se abrieron los tickets, las tasas de llegada por
categoría y canal (por día hábil del calendario en que llegan), los tiempos de atención (un ajuste
lognormal del tiempo trabajado: de la primera respuesta a la resolución, menos las pausas en espera del
cliente) y la proporción de tickets que esperaron al cliente, con la distribución de esa espera. El tamaño
del equipo es una estimación: ajústelo. docs/compliance.md explica cómo.

Opciones:
  --tickets HISTORIAL  el historial de tickets (obligatorio), en cualquier formato que lea 'pacto report'
  --name NOMBRE        el nombre del escenario (por omisión: Calibrated, o el primer CalibratedN que el
                       contrato no use)
  --mapping JSON       cómo leer como eventos la exportación de otra mesa de ayuda
  --zone ZONA          la zona IANA de las horas escritas sin desfase UTC (si no, son filas erróneas)
  --skip-bad-rows      continúa pese a las filas erróneas y las lista en stderr (si no, rechaza)
  --contract NOMBRE    el contrato, cuando el archivo declara varios
  -h, --help           muestra esta ayuda

Código de salida: 0 mostrado, 1 el contrato tiene errores, el historial tiene filas erróneas (se listan las
primeras {listed}, con el total) o no hay nada que ajustar, 2 uso incorrecto (archivo ilegible, nombre o
zona no válidos), 70 error interno.
`,
    cliPeriodOrRange: 'indique --period o --from/--to, no ambos',
    cliFromToTogether: '--from y --to van juntos',
    cliNotADate: "{option} debe ser una fecha como 2026-03-01, no '{value}'",
    cliToNotAfterFrom: '--to ({to}) debe ser posterior a --from ({from})',
    cliNotAZone: "--zone '{zone}' no es una zona horaria IANA",
    cliNotAZoneDidYouMean: "--zone '{zone}' no es una zona horaria IANA; ¿quiso decir '{suggestion}'?",
    cliCannotReadHistory: 'no se puede leer el historial: {reason}',
    cliAndMore: '… y {count} más',
    cliBadRowsReport_one: 'el historial tiene {count} fila errónea, no se calculó nada (--skip-bad-rows continúa sin ellas y las lista en el informe)',
    cliBadRowsReport_other: 'el historial tiene {count} filas erróneas, no se calculó nada (--skip-bad-rows continúa sin ellas y las lista en el informe)',
    cliBadRowsCalibrate_one: 'el historial tiene {count} fila errónea, no se calibró nada (--skip-bad-rows continúa sin ellas)',
    cliBadRowsCalibrate_other: 'el historial tiene {count} filas erróneas, no se calibró nada (--skip-bad-rows continúa sin ellas)',
    cliSkipped: '{problem} (omitida)',
    cliCalibrateBadName: "--name debe ser un nombre que el lenguaje acepte (letras, dígitos, _; sin empezar por un dígito), no '{name}'",
    cliCalibrateNameTaken: 'el contrato ya tiene un escenario {name}; elija otro --name',
    cliProgressBytes: '{done} de {total} MB leídos',
};
