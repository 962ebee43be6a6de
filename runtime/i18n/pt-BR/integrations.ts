/** pt-BR messages of help-desk exports, conformance and the library API. */
import type { Messages } from '../template.js';
import type { integrations as en } from '../en/integrations.js';

export const integrations: Messages<typeof en> = {
    nxBusinessDays: '{subject}: {duration} é contado em dias úteis; o {desk} só aceita prazos em minutos, então este prazo fica de fora',
    nxSubMinute: '{subject}: {duration} não é um número inteiro de minutos; o {desk} só aceita minutos inteiros, então este prazo fica de fora',
    nxBelowMinimum: '{subject}: {duration} é menos que {minimum}, o menor prazo que o {desk} aceita, então este prazo fica de fora',
    nxOtherCalendar:
        '{subject}: {duration} é contado no calendário {calendar}; o {desk} conta as horas úteis no horário de cada ticket, então esses tickets precisam do horário "{schedule}" (defina-o com um gatilho)',
    nxChannelHours: 'canal {channel}: seus tickets aguardam o horário de {calendar}; o {desk} não tem horário por canal',
    nxChannelTargets: '{subject}: os prazos do canal {channel} exigem uma condição sobre o canal, que o {desk} não tem, então ficam de fora',
    nxChannelTag: '{subject}: os prazos do canal {channel} valem para os tickets com a tag {tag}; aplique-a quando chegarem por esse canal',
    nxSpecialHours: 'calendário {calendar}, {date}: horário especial {hours}; o {desk} só consegue fechar um dia inteiro, então essa data mantém o horário semanal',
    nxCustomerReply: 'obrigações do cliente: o cliente deve responder em {duration}; o {desk} não acompanha o que o cliente deve',
    nxDemandNotice: 'obrigações do cliente: aviso com {duration} de antecedência de demanda acima de {percent}%; o {desk} não acompanha isso',
    nxContacts: 'obrigações do cliente: {count} deveres de contato e cláusulas; o {desk} não acompanha o que o cliente deve',
    nxPenalties: 'penalidades: o {desk} não calcula créditos de serviço, multas nem tetos; use pacto report sobre o histórico de tickets',
    nxObjectives: 'objetivos {objectives}: o {desk} mede cada ticket, mas não acompanha a porcentagem de tickets no prazo por período; use pacto report sobre o histórico de tickets',
    nxEscalations: 'escalonamento de {categories}: {steps}; o {desk} notifica por gatilhos ou automações, não pelas políticas de SLA',
    nxHolidaysByHand: 'calendário {calendar}: {count} datas fechadas na vigência ({dates}); o {desk} recebe feriados no painel de administração, não pela API',
    nxSplitDay: 'calendário {calendar}, {day}: {hours} tem mais de um intervalo; o {desk} aceita um intervalo por dia, então o dia fica fechado',
    nxNoTerm: 'calendário {calendar}: o contrato não tem vigência, então só são listadas as datas que ele declara, não os feriados de {regions}',
    nxTooManyPriorities:
        'categorias: o {desk} tem 4 prioridades e o contrato tem {count} categorias com {distinct} prioridades, então cada categoria vira uma tag (ou tipo de ticket)',
    nxMixedClock: '{subject}: a primeira resposta é contada em {response} e a resolução em {resolution}; o {desk} conta as duas no mesmo relógio por prioridade, então o prazo de resolução fica de fora',
    nxMaintenance: 'objetivo {objective}: o contrato exclui a janela de manutenção {calendar}; o OpenSLO v1 não tem exclusões, então o objetivo a conta',
    nxDowntimeBudget: 'objetivo {objective}: uma franquia de indisponibilidade de {duration} por {period} não é uma proporção de tempo; o OpenSLO v1 exige uma proporção, então fica de fora',
    nxNoAvailability: 'o contrato não tem objetivo de disponibilidade, então não há documento OpenSLO a escrever',
    nxWarningHeader: 'O {desk} não consegue expressar tudo o que o contrato diz; a exportação lista isso em "notExpressible":',
    zoneHasNoRailsName: 'calendário {calendar}: o {desk} não tem fuso horário para {zone}; os mais próximos que ele tem são {nearest}',
    categoryMapUnfit: '--category-map priority: o {desk} tem 4 prioridades e o contrato tem {count} categorias com {distinct} prioridades; use --category-map tag',
    conformSummary: 'compara a configuração do Zendesk ou do Freshdesk com o contrato',
    conformHelp: `Uso: pacto conform ARQUIVO (--zendesk CONTA.json | --freshdesk CONTA.json) [--format text|json] [--contract NOME] [--category-map priority|tag]

Compara a configuração de um help desk com o que o contrato diz e lista cada diferença com o valor do
contrato e o do help desk: fusos horários, intervalos de atendimento, feriados, prazos de SLA em minutos,
horas úteis ou corridas, e a quais tickets cada política se aplica. A configuração esperada é a que
'pacto export --format zendesk|freshdesk' escreve, com o mesmo --category-map.

CONTA.json reúne as respostas da API do help desk (docs/integrations.md mostra como obtê-las):
  Zendesk    {"schedules": [...], "holidays": {"ID_DO_HORARIO": [...]}, "sla_policies": [...]}
             de GET /api/v2/business_hours/schedules, .../schedules/{id}/holidays, /api/v2/slas/policies
  Freshdesk  {"business_hours": [...], "sla_policies": [...]}
             de GET /api/v2/business_hours e /api/v2/sla_policies
Também é aceito o arquivo que 'pacto export --format zendesk|freshdesk' gravou: mostra se o contrato
mudou desde essa exportação.

Opções:
  --zendesk ARQUIVO    a configuração de uma conta do Zendesk
  --freshdesk ARQUIVO  a configuração de uma conta do Freshdesk
  --format FORMATO     text (o padrão) ou json, para CI: {contract, helpDesk, matches, checked, differences}
  --contract NOME      o contrato, quando o arquivo declara vários
  --category-map MAPA  priority ou tag, como no pacto export
  -h, --help           mostra esta ajuda

Código de saída: 0 o help desk está de acordo, 1 há diferenças (ou o contrato tem erros, ou o help desk não
consegue expressá-lo), 2 uso incorreto ou CONTA.json ilegível, 70 erro interno.
`,
    conformNeedsOneDesk: "'conform' precisa de --zendesk ARQUIVO ou --freshdesk ARQUIVO (um dos dois)",
    conformScheduleMissing: 'horário "{schedule}" (calendário {calendar}): não está no help desk',
    conformZone: 'horário "{schedule}": fuso horário: contrato {contract}, help desk {helpDesk}',
    conformIntervalMissing: 'horário "{schedule}": {day} {hours}: aberto no contrato, fechado no help desk',
    conformIntervalExtra: 'horário "{schedule}": {day} {hours}: aberto no help desk, fechado no contrato',
    conformDayHours: 'horário de atendimento "{schedule}": {day}: contrato {contract}, help desk {helpDesk}',
    conformHolidayMissing: 'horário "{schedule}": feriado {date} ({name}): está no contrato, não no help desk',
    conformHolidayExtra: 'horário "{schedule}": feriado {date} ({name}): está no help desk, não no contrato',
    conformPolicyMissing: 'política de SLA "{policy}": não está no help desk',
    conformTarget: 'política de SLA "{policy}", {priority}, {metric}: prazo: contrato {contract}, help desk {helpDesk}',
    conformBusinessHours: 'política de SLA "{policy}", {priority}, {metric}: o contrato conta {contract}, o help desk conta {helpDesk}',
    conformMetricMissing: 'política de SLA "{policy}", {priority}, {metric}: contrato {contract}, não está no help desk',
    conformMetricExtra: 'política de SLA "{policy}", {priority}, {metric}: help desk {helpDesk}, não está no contrato',
    conformFilter: 'política de SLA "{policy}": aplica-se a: contrato {contract}, help desk {helpDesk}',
    conformBusinessWord: 'horas úteis',
    conformCalendarWord: 'horas corridas',
    conformClosedWord: 'fechado',
    conformMatches: 'O help desk está de acordo com o contrato {contract} ({checked} configurações comparadas).',
    conformDifferences_one: '{count} diferença entre o contrato {contract} e o help desk:',
    conformDifferences_other: '{count} diferenças entre o contrato {contract} e o help desk:',
    shapeObject: 'um objeto',
    shapeArray: 'uma lista',
    shapeString: 'um texto',
    shapeNumber: 'um número',
    shapeBoolean: 'true ou false',
    shapeFreshdeskTime: 'um horário como "08:00:00 am"',
    conformConfigShape: 'esperado {expected} em {path}',
    conformBadConfigAt: '{file}:{line}:{column}: {problem}',
    jsonUnexpectedEnd: 'não é JSON: o arquivo termina antes do JSON',
    jsonUnexpectedCharacter: 'não é JSON: {character} inesperado',
    jsonUnclosedText: 'não é JSON: este texto entre aspas não se fecha na sua linha',
    jsonBadEscape: 'não é JSON: uma barra invertida que não inicia nenhum escape (\\n, \\", \\uXXXX …)',
    jsonTooDeep: 'não é uma resposta do help desk: valores aninhados em mais de {depth} níveis',
    jsonExpectedKey: 'não é JSON: esperado um nome entre aspas duplas',
    jsonExpected: 'não é JSON: esperado {expected}',
    jsonAfterEnd: 'não é JSON: há mais texto depois do fim do valor JSON',
    conformOtherDeskBundle: 'esta é a exportação do Pacto para {desk} (pacto export --format {format}); compare-a com --{format}',
    conformNotAnAccount:
        "esperado {expected} em {path}: ACCOUNT.json são as respostas da API do help desk ({shape}) ou o arquivo que 'pacto export --format {format}' grava; docs/integrations.md mostra como obtê-las",
};
