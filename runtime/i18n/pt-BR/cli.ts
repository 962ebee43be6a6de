/** pt-BR messages of the pacto command's messages, help and errors (cli/). */
import type { Messages } from '../template.js';
import type { cli as en } from '../en/cli.js';

export const cli: Messages<typeof en> = {
    cliGeneralHelp: `pacto {version}: acordos de nível de serviço como código

Uso: pacto COMANDO [OPÇÕES] [ARGUMENTOS]

Comandos:
{commands}

Opções:
  -h, --help     mostra esta ajuda ('pacto COMANDO --help' para a de cada comando)
  --version      mostra a versão
  --lang IDIOMA  o idioma das mensagens e da ajuda: en, es, pt-BR ou auto (o padrão: LC_ALL,
                 LC_MESSAGES ou LANG, como pt_BR.UTF-8; senão, inglês). A saída JSON nunca muda com ele.

Código de saída: 0 sucesso, 1 o contrato tem erros, 2 uso incorreto ou arquivo ilegível, 70 erro interno
(uma falha do pacto: defina PACTO_DEBUG=1 para incluir o rastreamento no relato da falha).
`,
    cliSummaryHelp: 'mostra a ajuda de um comando',
    cliSummaryCheck: 'verifica os contratos em busca de erros e avisos',
    cliSummaryDeadline: 'calcula os prazos de resposta e de resolução de um chamado e seus escalonamentos',
    cliSummaryElapsed: 'mede o tempo útil de um calendário entre dois instantes',
    cliSummarySimulate: 'simula um cenário de chamados: o contrato vai se sustentar?',
    cliSummaryExport: 'grava o contrato em JSON, Markdown, HTML ou um PDF para assinatura',
    cliSummaryReport: 'mede um histórico de chamados em relação ao contrato: objetivos, descumprimentos, créditos devidos',
    cliSummaryCalibrate: 'ajusta um cenário de simulação a um histórico de chamados',
    cliSeeHelp: "{message} (veja '{help}')",
    cliInternalError: 'erro interno: {message}',
    cliUnknownCommand: "comando desconhecido '{name}'",
    cliUnknownCommandDidYouMean: "comando desconhecido '{name}'; você quis dizer '{suggestion}'?",
    cliUnknownOption: "opção desconhecida '{option}'",
    cliUnknownOptionFor: "opção desconhecida '{option}' para '{command}'",
    cliHelpTakesOneName: "'help' aceita no máximo um nome de comando",
    cliOptionTakesNoValue: "a opção '{option}' não leva valor",
    cliOptionNeedsValue: "a opção '{option}' precisa de um valor",
    cliOptionMustBe: "a opção '{option}' deve ser {expected}, não '{value}'",
    cliUnknownLanguage: "idioma desconhecido '{value}' para --lang: deve ser {languages}",

    cliNumberNotANumber: "{option} deve ser um número inteiro de {min} a {max}, não '{value}'",
    cliNumberNotWhole: '{option} deve ser um número inteiro (sem casas decimais), não {value}',
    cliNumberNegative: '{option} não pode ser negativo ({value}): deve estar entre {min} e {max}',
    cliNumberTooSmall: '{option} deve ser no mínimo {min}, não {value}',
    cliNumberTooLarge: '{option} deve ser no máximo {max}, não {value}',

    cliCannotRead: 'não é possível ler {file}: {reason}',
    cliCannotWrite: 'não é possível gravar {file}: {reason}',
    cliReasonNoSuchFile: 'arquivo ou pasta inexistente',
    cliReasonNoSuchFolder: 'a pasta não existe',
    cliReasonOutputIsDirectory: 'é uma pasta; indique um arquivo para gravar',
    cliReasonPermissionDenied: 'permissão negada',
    cliReasonNotPermitted: 'operação não permitida',
    cliReasonIsDirectory: 'é uma pasta',
    cliReasonNotDirectory: 'não é uma pasta',
    cliReasonTooManyLinks: 'links simbólicos demais',
    cliReasonNameTooLong: 'nome de arquivo longo demais',
    cliReasonTooManyOpenFiles: 'arquivos abertos demais',
    cliReasonReadOnly: 'sistema de arquivos somente leitura',
    cliReasonNoSpace: 'não há espaço no disco',
    cliReasonQuota: 'cota de disco excedida',
    cliReasonBusy: 'o arquivo está em uso',
    cliNoPactoFiles: 'não há arquivos .pacto em {directory}',
    cliUtf16: 'o arquivo está salvo em UTF-16 ({endian}), não em UTF-8: salve-o como UTF-8 no seu editor e verifique-o de novo',
    cliInvalidUtf8: 'o arquivo não é UTF-8 válido (byte {byte} aqui): salve-o como UTF-8 no seu editor e verifique-o de novo',

    cliNoContractFile: 'nenhum arquivo de contrato em {file}',
    cliContractHasErrors: 'o contrato tem erros, nada foi calculado: {problem}',
    cliContractHasErrorsFirstOf: "o contrato tem erros, nada foi calculado: {problem} (o primeiro de {count} erros; 'pacto check {file}' lista todos)",
    cliFileDeclaresNoContract: '{file} não declara nenhum contrato',
    cliChooseContract: '{file} declara {count} contratos ({names}); escolha um com --contract',
    cliInContract: 'no contrato {name}',
    cliInFile: 'em {file}',
    cliUnknownCategory: "categoria desconhecida '{name}' {where}; {hint}",
    cliUnknownContract: "contrato desconhecido '{name}' {where}; {hint}",
    cliUnknownCalendar: "calendário desconhecido '{name}' {where}; {hint}",
    cliUnknownScenario: "cenário desconhecido '{name}' {where}; {hint}",
    cliDidYouMean: "você quis dizer '{name}'?",
    cliDeclaredCategories: 'categorias declaradas: {names}',
    cliDeclaredContracts: 'contratos declarados: {names}',
    cliDeclaredCalendars: 'calendários declarados: {names}',
    cliDeclaredScenarios: 'cenários declarados: {names}',
    cliDeclaresNoCategory: 'não declara nenhuma categoria',
    cliDeclaresNoContract: 'não declara nenhum contrato',
    cliDeclaresNoCalendar: 'não declara nenhum calendário',
    cliDeclaresNoScenario: 'não declara nenhum cenário',

    cliNeedsContractFile: "'{command}' precisa de um arquivo de contrato",
    cliTakesOneFile: "'{command}' aceita um único arquivo de contrato, não {count}",
    cliTakesOneFileNotDirectory: "'{command}' aceita um único arquivo de contrato, e {file} é uma pasta (indique um arquivo .pacto dela; 'pacto check' aceita pastas)",
    cliNeedsOption: "'{command}' precisa de {option}",
    cliBadOptionValue: '{option} {value}: {reason}',
    cliPauseExpected: '--pause {value}: esperava-se INÍCIO/FIM, dois instantes como 2026-03-02T10:00-03:00/2026-03-02T11:30-03:00',
    cliPauseEndsBeforeStart: '--pause {value}: a pausa deve terminar depois de começar',
    cliToBeforeFrom: '--to {to} é anterior a --from {from}',

    cliHelpCheck: `Uso: pacto check [--format text|json] ARQUIVO|PASTA...

Analisa, vincula e valida os contratos, todos em um mesmo espaço de trabalho, e relata cada problema.
Uma pasta equivale aos arquivos .pacto que contém; um arquivo indicado é verificado qualquer que seja sua extensão.
Os arquivos devem estar em UTF-8 (com ou sem marca de ordem de bytes).

Opções:
  --format text   uma linha por problema, "caminho:linha:coluna: gravidade: mensagem" (o padrão);
                  um arquivo sem problemas mostra "caminho: nenhum problema"; o resumo vai para stderr
  --format json   um único array JSON em stdout, cada problema como
                  {"file", "line", "column", "severity", "message", "code"}, em inglês qualquer que seja --lang
  -h, --help      mostra esta ajuda

Código de saída: 0 sem erros (avisos permitidos), 1 erros, 2 uso incorreto ou arquivo ilegível, 70 erro interno.
`,
    cliCheckNeedsFile: "'check' precisa de pelo menos um arquivo",
    cliNoProblems: '{file}: nenhum problema',
    cliSeverityError: 'erro',
    cliSeverityWarning: 'aviso',
    cliSeverityInfo: 'informação',
    cliSeverityHint: 'sugestão',
    cliNoErrors: '0 erros',
    cliNoWarnings: '0 avisos',
    cliErrorCount_one: '{count} erro',
    cliErrorCount_other: '{count} erros',
    cliWarningCount_one: '{count} aviso',
    cliWarningCount_other: '{count} avisos',
    cliInfoCount_one: '{count} informação',
    cliInfoCount_other: '{count} informações',
    cliHintCount_one: '{count} sugestão',
    cliHintCount_other: '{count} sugestões',
    cliProblemsInFiles_one: '{problems} em {count} arquivo',
    cliProblemsInFiles_other: '{problems} em {count} arquivos',

    cliHelpDeadline: `Uso: pacto deadline ARQUIVO --category NOME --opened INSTANTE [--pause INÍCIO/FIM]... [--contract NOME] [--json]

Calcula quando vencem os prazos de resposta e de resolução de um chamado de uma categoria aberto em um
instante, e quando cada escalonamento é disparado, pelos calendários do contrato. O arquivo não deve ter erros.

Opções:
  --category NOME      a categoria do chamado (obrigatória)
  --opened INSTANTE    quando o chamado foi aberto: ISO 8601 com deslocamento UTC ou Z (obrigatório),
                       p. ex. 2026-03-02T09:00-03:00 ou 2026-03-02T12:00Z
  --pause INÍCIO/FIM   um intervalo em que o relógio fica parado (p. ex. aguardando o cliente); repetível
  --contract NOME      o contrato, quando o arquivo declara vários
  --json               mostra {"contract", "category", "opened", "response": {"due"} | null,
                       "resolution": {"due"} | null, "escalations": [{"at", "notify"}]}
  -h, --help           mostra esta ajuda

Os instantes são mostrados com o deslocamento UTC do calendário em que conta a resposta da categoria
(senão, o da resolução, senão, o do calendário padrão, senão, UTC), como no editor e nos documentos.
Código de saída: 0 calculado, 1 o contrato tem erros, 2 uso incorreto (nome desconhecido, instante sem
deslocamento, arquivo ilegível), 70 erro interno.
`,
    cliWarningOutsideTerm: 'aviso: o chamado é aberto em {day}, fora da vigência do contrato ({start} a {end}): o contrato não garante estes prazos',
    cliDeadlineHeader: '{contract} / {category}, horários em {zone}',
    cliDeadlineHeaderTitled: '{contract} / {category} "{title}", horários em {zone}',
    cliDeadlineOpened: 'abertura',
    cliDeadlineResponse: 'resposta',
    cliDeadlineResolution: 'resolução',
    cliDeadlineEscalation: 'escalonamento',
    cliDeadlineWithin: 'prazo de {duration}',
    cliDeadlineNoTarget: 'sem prazo',
    cliDeadlineNever: 'nunca (o calendário não abre de novo)',
    cliEscalationOfResponse: '{percent} do prazo de resposta',
    cliEscalationOfResolution: '{percent} do prazo de resolução',
    cliEscalationNotify: '{step}: notificar {notify}',
    cliEscalationNotifyContact: '{step}: notificar {notify} <{contact}>',

    cliHelpElapsed: `Uso: pacto elapsed ARQUIVO --calendar NOME --from INSTANTE --to INSTANTE [--pause INÍCIO/FIM]... [--contract NOME] [--json]

Conta o tempo em que o calendário está aberto, menos as pausas, em [from, to): o que um relógio de SLA
nesse calendário teria corrido. O arquivo não deve ter erros. O calendário embutido 'always' conta todo o tempo.

Opções:
  --calendar NOME      um calendário do contrato, ou 'always' (obrigatório)
  --from INSTANTE      início, ISO 8601 com deslocamento UTC ou Z (obrigatório), p. ex. 2026-03-02T09:00-03:00
  --to INSTANTE        fim, não anterior a --from (obrigatório)
  --pause INÍCIO/FIM   um intervalo que não conta; repetível
  --contract NOME      o contrato, quando o arquivo declara vários
  --json               mostra {"calendar", "from", "to", "businessMinutes"}
  -h, --help           mostra esta ajuda

Os instantes são mostrados com o deslocamento UTC do calendário.
Código de saída: 0 calculado, 1 o contrato tem erros, 2 uso incorreto (nome desconhecido, instante sem
deslocamento, --to anterior a --from, arquivo ilegível), 70 erro interno.
`,
    cliElapsedSummary_one: '{minutes} minuto útil ({span}) no calendário {calendar} de {from} a {to}',
    cliElapsedSummary_other: '{minutes} minutos úteis ({span}) no calendário {calendar} de {from} a {to}',

    cliHelpSimulate: `Uso: pacto simulate ARQUIVO --scenario NOME [--runs N] [--seed S] [--json] [--html SAÍDA] [--staffing] [--contract NOME]

Simula N vezes o período do cenário (Monte Carlo) com suas chegadas, equipes e tempos de atendimento, e
julga cada resposta e cada resolução pelo relógio de SLA do contrato. Cada objetivo fica 'realista'
(cumprido em pelo menos 90% dos períodos), 'em risco' ou 'irrealista' (cumprido em menos de 50%). Objetivos
de disponibilidade, resolução no primeiro contato e satisfação não são simulados. O mesmo arquivo, cenário e
semente sempre dão os mesmos resultados. Veja docs/simulation.md.

Opções:
  --scenario NOME    o cenário a simular (obrigatório)
  --runs N           períodos a simular, de 1 a {maxRuns} (padrão {defaultRuns})
  --seed S           semente dos números aleatórios, de 0 a {maxSeed} (padrão {defaultSeed})
  --json             mostra os resultados como um único objeto JSON
  --html SAÍDA       grava também um relatório HTML autônomo com gráficos em SAÍDA
  --staffing         procura também as menores equipes que tornam todos os objetivos realistas
  --workers N        threads de trabalho (padrão: uma por núcleo; os resultados não dependem disso)
  --contract NOME    o contrato, quando o arquivo declara vários
  -h, --help         mostra esta ajuda

Uma barra de progresso é desenhada em stderr quando é um terminal (nunca em um pipe nem em CI).
Código de saída: 0 simulado (qualquer que seja o veredito), 1 o contrato tem erros, 2 uso incorreto (cenário
desconhecido, número inválido, cenário que não pode ser simulado, arquivo ilegível), 70 erro interno.
`,
    cliProgressRuns: '{done}/{total} rodadas',
    cliSimStaffing: 'Equipe com a qual todos os objetivos são realistas: {teams}',
    cliSimStaffingTeam: '{team} {agents} (hoje {now})',
    cliSimStaffingNone: 'Equipe: nenhum dos tamanhos de equipe testados torna todos os objetivos realistas',
    cliSimReportWritten: 'Relatório gravado em {file}',

    cliHelpExport: `Uso: pacto export ARQUIVO --format {formatIds} [-o SAÍDA] [--contract NOME]

Grava o contrato como um documento no idioma do contrato ({locales}):
{formatHelp}

O arquivo não deve ter erros (se tiver, nada é gravado).

Opções:
  --format FORMATO     {formatOption}
  -o, --output SAÍDA   o arquivo a gravar. A gravação é atômica: em um arquivo temporário na mesma pasta,
                       que substitui SAÍDA ao terminar; em qualquer falha, SAÍDA fica como estava. Sem -o,
                       json, md e html vão para a saída padrão; um pdf vai para a saída padrão só quando ela
                       não é um terminal (um pipe ou um arquivo), e senão precisa de -o.
  --contract NOME      o contrato, quando o arquivo declara vários
  -h, --help           mostra esta ajuda

Uma barra de progresso é desenhada em stderr quando é um terminal (nunca em um pipe nem em CI).
Código de saída: 0 gravado, 1 o contrato tem erros, 2 uso incorreto (arquivo ilegível, falta -o para um pdf
em um terminal, saída que não pode ser gravada), 70 erro interno.
`,
    cliExportFormatOption: '{formats}; pode ser omitido quando -o termina em {endings}',
    cliFormatJson:
        'o modelo do contrato para outras ferramentas, descrito por schema/pacto-contract.schema.json (JSON Schema 2020-12): datas ISO 8601, durações {"minutes", "clock", "calendar"} ou {"days", "clock": "business", "calendar"}, valores {"amount", "currency"} e os feriados da vigência',
    cliFormatMarkdown: 'Markdown, para wikis',
    cliFormatHtml: 'uma página HTML autônoma (CSS embutido, sem conteúdo remoto), para intranets',
    cliFormatPdf:
        'um PDF para assinatura: partes e vigência, definições, serviço, horários, feriados e canais, categorias e prazos (também por canal), objetivos e como cada um é medido, escalonamento e plantões, obrigações das duas partes, procedimento em caso de descumprimento, penalidades com a regra de combinação e o pior mês, rescisão, relatórios, revisões, cláusulas, exemplos de cálculo de prazos, assinaturas',
    cliFormatZendesk:
        "configuração do Zendesk Support: as requisições à API que criam os horários de atendimento (nomes de fuso do Rails, intervalos semanais, cada data fechada da vigência) e as políticas de SLA (primeira resposta e resolução por prioridade ou por tag de categoria, em horas úteis ou corridas), com o que o Zendesk não consegue expressar em \"notExpressible\" (também em stderr); --category-map priority|tag",
    cliFormatFreshdesk:
        "configuração do Freshdesk: as requisições à API das políticas de SLA (prazos de resposta e de resolução, por prioridade ou por tipo de chamado), o horário de atendimento e as datas fechadas a cadastrar na administração, e o que o Freshdesk não consegue expressar em \"notExpressible\" (também em stderr); --category-map priority|tag",
    cliFormatOpenslo:
        "YAML do OpenSLO v1, um documento SLO por objetivo de disponibilidade: uma janela alinhada ao calendário no fuso do contrato, a meta como parcela de fatias de um minuto, o SLI por indicatorRef; uma janela de manutenção que o OpenSLO não consegue excluir é anotada e informada em stderr",
    cliFormatIcs:
        "iCalendar (RFC 5545), um VCALENDAR por calendário útil: o horário semanal como eventos recorrentes no fuso do calendário com seu VTIMEZONE, as datas fechadas como eventos de dia inteiro e os horários especiais como eventos únicos, durante a vigência",
    cliExportUnknownFormat: "formato desconhecido '{format}': um de {formats}",
    cliExportNeedsFormat: "'{command}' precisa de --format {formats} (ou de um arquivo -o terminado em {endings})",
    cliBinaryNotToTerminal: "um {format} não é gravado em um terminal: indique -o ARQUIVO.{extension}, ou redirecione a saída ('> ARQUIVO.{extension}')",
    cliProgressChecking: 'verificando o contrato',
    cliProgressRendering: 'gerando o {format}',
    cliProgressWriting: 'gravando',

    cliHelpReport: `Uso: pacto report ARQUIVO --tickets HISTÓRICO [--outages CSV] [--mapping JSON] [--period P | --from D --to D]
                   [--every week|month|quarter] [--format {formats}] [-o SAÍDA] [--zone FUSO]
                   [--skip-bad-rows] [--contract NOME]

Reproduz um histórico real de chamados em relação ao contrato com o mesmo relógio de SLA das prévias e do
simulador, e relata por período (os dos relatórios ao cliente que o contrato prevê: o mensal se prevê
vários, meses se não prevê nenhum; no fuso do contrato) o valor alcançado por cada objetivo em relação à
sua meta, cada descumprimento, os escalonamentos devidos, as respostas atrasadas do cliente, as
penalidades devidas pela regra e pelos tetos do contrato, e os chamados ainda abertos no fim.
docs/compliance.md explica como.

Opções:
  --tickets HISTÓRICO  o histórico de chamados (obrigatório): o registro de eventos do Pacto em CSV
                       (cabeçalho ticket,at,event,category,channel[,first_contact,satisfaction]) ou JSON Lines
                       (.jsonl), uma exportação de eventos de chamados do Zendesk (.json), uma exportação de
                       chamados do Freshdesk (CSV) ou qualquer CSV com --mapping
  --outages CSV        um registro de indisponibilidades, cabeçalho start,end[,planned], para objetivos de
                       disponibilidade
  --mapping JSON       como ler como eventos a exportação de outro help desk (colunas, status, categorias, canais)
  --period P           um mês (2026-03), um trimestre (2026-Q1) ou uma semana ISO (2026-W10, de segunda a domingo)
  --from D --to D      datas locais [from, to) no fuso do contrato, divididas nos períodos do relatório
  --every UNIDADE      dividir em semanas (week, de segunda a domingo), meses (month) ou trimestres (quarter)
  --format FORMATO     text (padrão), json (um objeto: schema/compliance-report.schema.json), md, html,
                       pdf (o relatório para o cliente, no idioma do contrato, com gráficos de tendência);
                       sem ele, vale a extensão de -o (.json, .md, .html, .pdf)
  -o, --output SAÍDA   grava ali (de forma atômica) em vez de na saída padrão; um pdf vai para a saída
                       padrão só quando ela não é um terminal
  --zone FUSO          o fuso IANA dos horários escritos sem deslocamento UTC (senão, são linhas inválidas);
                       o relatório o informa
  --skip-bad-rows      segue adiante apesar das linhas inválidas e lista cada uma omitida no relatório
                       (senão, recusa)
  --reopen-window DIAS por quanto tempo um chamado resolvido é lembrado caso seja reaberto (padrão {defaultWindow})
  --contract NOME      o contrato, quando o arquivo declara vários
  -h, --help           mostra esta ajuda

O relatório em si é escrito no idioma do contrato; as mensagens do terminal seguem --lang.
Código de saída: 0 relatado, 1 o contrato tem erros ou o histórico tem linhas inválidas (as primeiras
{listed} são listadas, com o total), 2 uso incorreto (arquivo ilegível, valor de opção desconhecido),
70 erro interno.
`,
    cliHelpCalibrate: `Uso: pacto calibrate ARQUIVO --tickets HISTÓRICO [--name NOME] [--mapping JSON] [--zone FUSO] [--skip-bad-rows] [--contract NOME]

Lê um histórico de chamados com os mesmos leitores e verificações de 'pacto report' e mostra um bloco de
cenário para colar no contrato: o período em que os chamados foram abertos, as taxas de chegada por
categoria e canal (por dia útil do calendário em que chegam), os tempos de atendimento (um ajuste lognormal
do tempo trabalhado: da primeira resposta à resolução, menos as pausas aguardando o cliente) e a parcela de
chamados que aguardaram o cliente, com a distribuição dessa espera. O tamanho da equipe é uma estimativa:
ajuste-o. docs/compliance.md explica como.

Opções:
  --tickets HISTÓRICO  o histórico de chamados (obrigatório), em qualquer formato que 'pacto report' leia
  --name NOME          o nome do cenário (padrão: Calibrated, ou o primeiro CalibratedN que o contrato não use)
  --mapping JSON       como ler como eventos a exportação de outro help desk
  --zone FUSO          o fuso IANA dos horários escritos sem deslocamento UTC (senão, são linhas inválidas)
  --skip-bad-rows      segue adiante apesar das linhas inválidas, listando-as em stderr (senão, recusa)
  --contract NOME      o contrato, quando o arquivo declara vários
  -h, --help           mostra esta ajuda

Código de saída: 0 mostrado, 1 o contrato tem erros, o histórico tem linhas inválidas (as primeiras {listed}
são listadas, com o total) ou não há nada a ajustar, 2 uso incorreto (arquivo ilegível, nome ou fuso
inválido), 70 erro interno.
`,
    cliPeriodOrRange: 'indique --period ou --from/--to, não ambos',
    cliFromToTogether: '--from e --to andam juntos',
    cliNotADate: "{option} deve ser uma data como 2026-03-01, não '{value}'",
    cliToNotAfterFrom: '--to ({to}) deve ser posterior a --from ({from})',
    cliNotAZone: "--zone '{zone}' não é um fuso horário IANA",
    cliNotAZoneDidYouMean: "--zone '{zone}' não é um fuso horário IANA; você quis dizer '{suggestion}'?",
    cliCannotReadHistory: 'não é possível ler o histórico: {reason}',
    cliAndMore: '… e mais {count}',
    cliBadRowsReport_one: 'o histórico tem {count} linha inválida, nada foi calculado (--skip-bad-rows segue sem elas e as lista no relatório)',
    cliBadRowsReport_other: 'o histórico tem {count} linhas inválidas, nada foi calculado (--skip-bad-rows segue sem elas e as lista no relatório)',
    cliBadRowsCalibrate_one: 'o histórico tem {count} linha inválida, nada foi calibrado (--skip-bad-rows segue sem elas)',
    cliBadRowsCalibrate_other: 'o histórico tem {count} linhas inválidas, nada foi calibrado (--skip-bad-rows segue sem elas)',
    cliSkipped: '{problem} (omitida)',
    cliCalibrateBadName: "--name deve ser um nome que a linguagem aceite (letras, dígitos, _; sem começar por dígito), não '{name}'",
    cliCalibrateNameTaken: 'o contrato já tem um cenário {name}; escolha outro --name',
    cliProgressBytes: '{done} de {total} MB lidos',
};
