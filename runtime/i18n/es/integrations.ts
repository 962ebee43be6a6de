/** es messages of help-desk exports, conformance and the library API. */
import type { Messages } from '../template.js';
import type { integrations as en } from '../en/integrations.js';

export const integrations: Messages<typeof en> = {
    nxBusinessDays: '{subject}: {duration} se cuenta en días hábiles; {desk} solo admite plazos en minutos, así que este plazo queda fuera',
    nxSubMinute: '{subject}: {duration} no es un número entero de minutos; {desk} solo admite minutos enteros, así que este plazo queda fuera',
    nxBelowMinimum: '{subject}: {duration} es menos que {minimum}, el plazo mínimo que admite {desk}, así que este plazo queda fuera',
    nxOtherCalendar:
        '{subject}: {duration} se cuenta en el calendario {calendar}; {desk} cuenta las horas hábiles en el horario que tenga cada ticket, así que estos tickets necesitan el horario "{schedule}" (asígnelo con un disparador)',
    nxChannelHours: 'canal {channel}: sus tickets esperan al horario de {calendar}; {desk} no tiene horarios por canal',
    nxChannelTargets: '{subject}: los plazos del canal {channel} requieren una condición sobre el canal, que {desk} no tiene, así que quedan fuera',
    nxChannelTag: '{subject}: los plazos del canal {channel} se aplican a los tickets con la etiqueta {tag}; etiquételos al llegar por ese canal',
    nxSpecialHours: 'calendario {calendar}, {date}: horario especial {hours}; {desk} solo puede cerrar un día completo, así que esa fecha conserva el horario semanal',
    nxCustomerReply: 'obligaciones del cliente: el cliente debe responder en {duration}; {desk} no controla lo que debe el cliente',
    nxDemandNotice: 'obligaciones del cliente: aviso con {duration} de antelación de una demanda superior al {percent} %; {desk} no lo controla',
    nxContacts: 'obligaciones del cliente: {count} deberes de contacto y cláusulas; {desk} no controla lo que debe el cliente',
    nxPenalties: 'penalizaciones: {desk} no calcula créditos de servicio, multas ni topes; use pacto report sobre el historial de tickets',
    nxObjectives: 'objetivos {objectives}: {desk} mide cada ticket, pero no lleva el porcentaje de tickets a tiempo por período; use pacto report sobre el historial de tickets',
    nxEscalations: 'escalamiento de {categories}: {steps}; {desk} avisa mediante disparadores o automatizaciones, no con sus políticas de SLA',
    nxHolidaysByHand: 'calendario {calendar}: {count} fechas cerradas en la vigencia ({dates}); {desk} recibe los feriados en su panel de administración, no por su API',
    nxSplitDay: 'calendario {calendar}, {day}: {hours} son varios intervalos; {desk} admite un intervalo por día, así que ese día queda cerrado',
    nxNoTerm: 'calendario {calendar}: el contrato no tiene vigencia, así que solo se listan las fechas que declara, no los feriados de {regions}',
    nxTooManyPriorities:
        'categorías: {desk} tiene 4 prioridades y el contrato tiene {count} categorías con {distinct} prioridades, así que cada categoría pasa a ser una etiqueta (o tipo de ticket)',
    nxMixedClock: '{subject}: la primera respuesta se cuenta en {response} y la resolución en {resolution}; {desk} cuenta ambas con un mismo reloj por prioridad, así que el plazo de resolución queda fuera',
    nxMaintenance: 'objetivo {objective}: el contrato excluye la ventana de mantenimiento {calendar}; OpenSLO v1 no admite exclusiones, así que el objetivo la cuenta',
    nxDowntimeBudget: 'objetivo {objective}: un margen de caída de {duration} por {period} no es una proporción de tiempo; OpenSLO v1 exige una proporción, así que queda fuera',
    nxNoAvailability: 'el contrato no tiene objetivos de disponibilidad, así que no hay documento OpenSLO que escribir',
    nxWarningHeader: '{desk} no puede expresar todo lo que dice el contrato; la exportación lo detalla en "notExpressible":',
    zoneHasNoRailsName: 'calendario {calendar}: {desk} no tiene zona horaria para {zone}; las más cercanas que tiene son {nearest}',
    categoryMapUnfit: '--category-map priority: {desk} tiene 4 prioridades y el contrato tiene {count} categorías con {distinct} prioridades; use --category-map tag',
    conformSummary: 'compara la configuración de Zendesk o Freshdesk con el contrato',
    conformHelp: `Uso: pacto conform ARCHIVO (--zendesk CUENTA.json | --freshdesk CUENTA.json) [--format text|json] [--contract NOMBRE] [--category-map priority|tag]

Compara la configuración de una mesa de ayuda con lo que dice el contrato y lista cada diferencia con el
valor del contrato y el de la mesa de ayuda: zonas horarias, intervalos de atención, feriados, plazos de SLA
en minutos, horas hábiles o corridas, y a qué tickets se aplica cada política. La configuración esperada es
la que escribe 'pacto export --format zendesk|freshdesk', con el mismo --category-map.

CUENTA.json reúne las respuestas de la API de la mesa de ayuda (docs/integrations.md explica cómo obtenerlas):
  Zendesk    {"schedules": [...], "holidays": {"ID_HORARIO": [...]}, "sla_policies": [...]}
             de GET /api/v2/business_hours/schedules, .../schedules/{id}/holidays, /api/v2/slas/policies
  Freshdesk  {"business_hours": [...], "sla_policies": [...]}
             de GET /api/v2/business_hours y /api/v2/sla_policies
También se acepta el archivo que escribió 'pacto export --format zendesk|freshdesk': así se ve si el
contrato cambió desde esa exportación.

Opciones:
  --zendesk ARCHIVO    la configuración de una cuenta de Zendesk
  --freshdesk ARCHIVO  la configuración de una cuenta de Freshdesk
  --format FORMATO     text (por omisión) o json, para CI: {contract, helpDesk, matches, checked, differences}
  --contract NOMBRE    el contrato, si el archivo declara varios
  --category-map MAPA  priority o tag, como en pacto export
  -h, --help           muestra esta ayuda

Código de salida: 0 la mesa de ayuda coincide, 1 hay diferencias (o el contrato tiene errores, o la mesa de
ayuda no puede expresarlo), 2 uso incorrecto o CUENTA.json ilegible, 70 error interno.
`,
    conformNeedsOneDesk: "'conform' necesita --zendesk ARCHIVO o --freshdesk ARCHIVO (uno de los dos)",
    conformScheduleMissing: 'horario "{schedule}" (calendario {calendar}): no está en la mesa de ayuda',
    conformZone: 'horario "{schedule}": zona horaria: contrato {contract}, mesa de ayuda {helpDesk}',
    conformIntervalMissing: 'horario "{schedule}": {day} {hours}: abierto según el contrato, cerrado en la mesa de ayuda',
    conformIntervalExtra: 'horario "{schedule}": {day} {hours}: abierto en la mesa de ayuda, cerrado según el contrato',
    conformDayHours: 'horario de atención "{schedule}": {day}: contrato {contract}, mesa de ayuda {helpDesk}',
    conformHolidayMissing: 'horario "{schedule}": feriado {date} ({name}): está en el contrato, no en la mesa de ayuda',
    conformHolidayExtra: 'horario "{schedule}": feriado {date} ({name}): está en la mesa de ayuda, no en el contrato',
    conformPolicyMissing: 'política de SLA "{policy}": no está en la mesa de ayuda',
    conformTarget: 'política de SLA "{policy}", {priority}, {metric}: plazo: contrato {contract}, mesa de ayuda {helpDesk}',
    conformBusinessHours: 'política de SLA "{policy}", {priority}, {metric}: el contrato cuenta {contract}, la mesa de ayuda cuenta {helpDesk}',
    conformMetricMissing: 'política de SLA "{policy}", {priority}, {metric}: contrato {contract}, no está en la mesa de ayuda',
    conformMetricExtra: 'política de SLA "{policy}", {priority}, {metric}: mesa de ayuda {helpDesk}, no está en el contrato',
    conformFilter: 'política de SLA "{policy}": se aplica a: contrato {contract}, mesa de ayuda {helpDesk}',
    conformBusinessWord: 'horas hábiles',
    conformCalendarWord: 'horas corridas',
    conformClosedWord: 'cerrado',
    conformMatches: 'La mesa de ayuda coincide con el contrato {contract} ({checked} ajustes comparados).',
    conformDifferences_one: '{count} diferencia entre el contrato {contract} y la mesa de ayuda:',
    conformDifferences_other: '{count} diferencias entre el contrato {contract} y la mesa de ayuda:',
    shapeObject: 'un objeto',
    shapeArray: 'una lista',
    shapeString: 'un texto',
    shapeNumber: 'un número',
    shapeBoolean: 'true o false',
    shapeFreshdeskTime: 'una hora como "08:00:00 am"',
    conformConfigShape: 'se esperaba {expected} en {path}',
    conformBadConfigAt: '{file}:{line}:{column}: {problem}',
    jsonUnexpectedEnd: 'no es JSON: el archivo termina antes que el JSON',
    jsonUnexpectedCharacter: 'no es JSON: {character} inesperado',
    jsonUnclosedText: 'no es JSON: este texto entre comillas no se cierra en su línea',
    jsonBadEscape: 'no es JSON: una barra invertida que no inicia ningún escape (\\n, \\", \\uXXXX …)',
    jsonTooDeep: 'no es una respuesta de la mesa de ayuda: valores anidados en más de {depth} niveles',
    jsonExpectedKey: 'no es JSON: se esperaba un nombre entre comillas dobles',
    jsonExpected: 'no es JSON: se esperaba {expected}',
    jsonAfterEnd: 'no es JSON: hay más texto después del final del valor JSON',
    conformOtherDeskBundle: 'esta es la exportación de Pacto para {desk} (pacto export --format {format}); compárela con --{format}',
    conformNotAnAccount:
        "se esperaba {expected} en {path}: ACCOUNT.json son las respuestas de la API de la mesa de ayuda ({shape}) o el archivo que escribe 'pacto export --format {format}'; docs/integrations.md explica cómo obtenerlas",
};
