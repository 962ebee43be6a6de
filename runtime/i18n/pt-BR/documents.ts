/** The contract documents' words in pt-BR. */
import type { BreachStep, HolidayType, Period, TargetKind } from '../../model.js';
import type { Frequency, Labels, Party, StepKind } from '../document-labels.js';
import { joinAnd, lowerFirst } from '../words.js';

const PT_PERIOD: Record<Period, string> = { day: 'dia', week: 'semana', month: 'mês', quarter: 'trimestre', year: 'ano' };

export const documents: Labels = {
    agreement: 'Acordo de nível de serviço',
    page: (n, of) => `Página ${n} de ${of}`,
    sections: {
        parties: 'Partes e vigência', definitions: 'Definições', services: 'Serviço', hours: 'Horário de atendimento',
        categories: 'Categorias de chamados e prazos', objectives: 'Objetivos de nível de serviço', measurement: 'Como cada objetivo é apurado',
        escalation: 'Escalonamento', escalationOnCall: 'Escalonamento e plantão', providerObligations: 'Obrigações do fornecedor',
        obligations: 'Obrigações do cliente', breach: 'Procedimento em caso de descumprimento', penalties: 'Penalidades',
        termination: 'Rescisão', reporting: 'Relatórios e revisões', examples: 'Exemplos de cálculo de prazos', signatures: 'Assinaturas',
    },
    provider: 'Fornecedor', customer: 'Cliente', term: 'Vigência', fee: 'Valor', identifier: 'Identificador do contrato',
    termText: (from, to) => `de ${from} a ${to}, inclusive`,
    feeText: (money, period) => `${money} ${period === 'monthly' ? 'por mês' : 'por ano'}`,
    notStated: 'não informado',
    onCalendar: (c) => `conforme ${c}`,
    inHours: (c) => (/^hor[a\u00e1]rio\b/i.test(c) ? `no ${lowerFirst(c)}` : `no horário ${c}`),

    definitionsIntro: 'Neste acordo, os termos a seguir têm o significado aqui indicado.',
    categoryDefinitions: 'Categorias de chamados',

    clockNote: 'Horas e dias úteis só contam enquanto o calendário correspondente está aberto (seu horário semanal, '
        + 'menos seus feriados); os demais prazos correm continuamente, inclusive noites, fins de semana e feriados.',
    calendar: 'Calendário', zone: 'Fuso horário', day: 'Dia', hours: 'Horário', closed: 'Fechado', always: 'A qualquer momento (24 horas, todos os dias)',
    specialDays: 'Dias especiais', date: 'Data', holiday: 'Feriado',
    noHolidays: 'Nenhum feriado durante a vigência.', declared: 'acordado',
    holidaySources: (sources, types, declared) => {
        const kinds = types.length ? `, inclusive ${joinAnd(types.map((t) => documents.holidayType[t]), 'e')}` : '';
        const of = sources.length ? `nos feriados oficiais (${sources.join('; ')})${kinds}` : '';
        const agreed = declared ? 'nos feriados acordados neste contrato' : '';
        return `Fechado ${joinAnd([of, agreed].filter(Boolean), 'e')}; as datas estão listadas abaixo.`;
    },
    holidayType: { bank: 'os feriados bancários', school: 'os feriados escolares', optional: 'os pontos facultativos', observance: 'as datas comemorativas' },
    holidayTag: { bank: 'feriado bancário', school: 'feriado escolar', optional: 'ponto facultativo', observance: 'data comemorativa' },
    holidaysInTerm: (c) => `Feriados durante a vigência (fechado): ${joinAnd(c, 'e')}`,
    channels: 'Canais', channel: 'Canal',

    priority: 'Prioridade', category: 'Categoria', response: 'Tempo de primeira resposta', resolution: 'Prazo de resolução',
    viaChannel: (c) => `↳ pelo canal ${c}`,
    categoryVia: (c, ch) => `${c} pelo canal ${ch}`,

    objective: 'Objetivo', target: 'Meta', measured: 'Apuração',
    periodAdjective: { day: 'diária', week: 'semanal', month: 'mensal', quarter: 'trimestral', year: 'anual' },
    periodPlural: { day: 'dias', week: 'semanas', month: 'meses', quarter: 'trimestres', year: 'anos' },
    inAPeriod: { day: 'em um dia', week: 'em uma semana', month: 'em um mês', quarter: 'em um trimestre', year: 'em um ano' },
    measureOnTime: (p, t, c, ch) => `${p} das ${t === 'response' ? 'primeiras respostas' : 'resoluções'} no prazo${c ? ` (${c})` : ''}${ch ? `, pelo canal ${ch}` : ''}`,
    measureAvailability: (p, m) => `Disponibilidade de pelo menos ${p}${m ? `, desconsideradas as interrupções durante ${m}` : ''}`,
    measureFirstContact: (p) => `Pelo menos ${p} dos chamados resolvidos no primeiro contato`,
    measureSatisfaction: (s, of) => `Satisfação média de pelo menos ${s} de ${of}`,
    measureDowntimeBudget: (b, m, share) => `No máximo ${b} de indisponibilidade${m ? `, desconsideradas as interrupções durante ${m}` : ''} (em um mês de 30 dias, uma disponibilidade de ${share})`,
    measureSatisfactionShare: (p, mark, of) => `Pelo menos ${p} de avaliações satisfeitas (${mark} ou mais de ${of})`,
    allowedDowntime: (t) => `indisponibilidade admitida em um mês de 30 dias: ${t}`,
    objectiveNote: (o, t) => `${o}: ${t}`,

    measurementIntro: 'Para cada objetivo: o relógio em que seus chamados são cronometrados, os eventos que o iniciam, suspendem e encerram, '
        + 'o que conta como no prazo e o período em que o resultado é apurado.',
    field: {
        tickets: 'Chamados', clock: 'Relógio', starts: 'Início', paused: 'Suspensão', stops: 'Encerramento', onTime: 'No prazo', period: 'Período',
        measured: 'Apura-se', notCounted: 'Não se conta', met: 'Atingido quando',
    },
    ticketsOf: (c, ch) => `${c ? `Chamados de ${c}` : 'Chamados de todas as categorias'}${ch ? `, recebidos pelo canal ${ch}` : ', por qualquer canal'}.`,
    clockBusiness: (s, d, c, z) => `${s}: ${d} do calendário ${c} (${z}): só conta o tempo em que está aberto.`,
    clockBusinessDays: (s, d, n, c, z) => `${s}: ${d} do calendário ${c} (${z}): vence no mesmo horário do ${n}º dia útil seguinte.`,
    clockWall: (s, d) => `${s}: ${d} em tempo corrido, inclusive noites, fins de semana e feriados.`,
    startsOnTime: 'Na abertura do chamado. Se o chamado é aberto com o calendário fechado, o tempo útil começa a contar na abertura seguinte.',
    pausedByReply: (r) => `Enquanto o fornecedor aguarda a resposta do cliente a uma solicitação (o cliente responde em até ${r}); retoma com a resposta.`,
    notPaused: 'Nunca: nenhum evento o suspende.',
    stops: {
        response: 'Na primeira resposta ao cliente, ou na resolução, se vier antes.',
        resolution: 'Quando o chamado é resolvido. Um chamado reaberto continua com o tempo que já havia consumido.',
    },
    onTimeRule: {
        response: 'Uma primeira resposta dada até o instante do vencimento, inclusive; depois dele é atrasada, ainda que por um segundo.',
        resolution: 'Uma resolução até o instante do vencimento, inclusive; depois dele é atrasada, ainda que por um segundo.',
    },
    eachPeriod: { day: 'cada dia', week: 'cada semana, de segunda a domingo', month: 'cada mês civil', quarter: 'cada trimestre civil', year: 'cada ano civil' },
    periodRule: (p, z, t) => `${p.charAt(0).toUpperCase()}${p.slice(1)}${z ? ` (horário de ${z})` : ''}${t ? ', sobre os chamados abertos nele' : ''}.`,
    onTimeMet: (p, t) => `Pelo menos ${p} das ${t === 'response' ? 'primeiras respostas' : 'resoluções'} do período no prazo.`,
    availabilityClock: 'Tempo corrido: conta cada minuto do período, inclusive noites, fins de semana e feriados.',
    availabilityMeasured: 'A parte do período em que o serviço está disponível.',
    downtimeMeasured: 'O tempo total de indisponibilidade do serviço no período.',
    notCountedDuring: (h, w) => `As interrupções ${h} (${w}).`,
    nothingExcluded: 'Nada: toda interrupção conta.',
    availabilityMet: (p, a, b) => `A disponibilidade é de pelo menos ${p}: no máximo ${a} de indisponibilidade em um mês de 30 dias e ${b} em um de 31 dias.`,
    downtimeMet: (b, s) => `A indisponibilidade não passa de ${b}, qualquer que seja a duração do mês (em um mês de 30 dias, uma disponibilidade de ${s}).`,
    firstContactMeasured: 'A parte dos chamados do período resolvidos no primeiro contato, junto com a primeira resposta.',
    firstContactMet: (p) => `Pelo menos ${p} dos chamados resolvidos no primeiro contato.`,
    satisfactionMeasured: (s) => `A média das avaliações que os clientes dão aos chamados do período, numa escala até ${s}.`,
    satisfactionMet: (v, s) => `A média é de pelo menos ${v} de ${s}.`,
    shareMeasured: (m, s) => `A parte das avaliações do período com nota ${m} ou mais de ${s} ("satisfeitas").`,
    shareMet: (p) => `Pelo menos ${p} das avaliações satisfeitas.`,

    escalationIntro: 'Enquanto um chamado está aberto, as seguintes pessoas são notificadas à medida que o prazo se esgota.',
    when: 'Quando', notify: 'Notificar', contact: 'Contato', categoriesColumn: 'Categorias', allCategories: 'Todas as categorias',
    atPercentOf: (p, t) => `Aos ${p} do ${t === 'response' ? 'tempo de primeira resposta' : 'prazo de resolução'}`,
    onCallNotify: (r) => `Quem estiver de plantão (${r})`,
    onCallContact: 'conforme a escala abaixo',
    onCallHeading: (r) => `Escala de plantão: ${r}`,
    rotationText: (r, s, z) => `Escala ${r === 'daily' ? 'diária' : r === 'weekly' ? 'semanal' : 'mensal'} a partir de ${s}: cada pessoa fica de plantão ${r === 'daily' ? 'um dia' : r === 'weekly' ? 'uma semana' : 'um mês'} por vez, na ordem abaixo, a partir das 00:00 do primeiro dia do turno${z ? ` (horário de ${z})` : ''}.`,
    person: 'Pessoa', turn: 'Turno', from: 'De', to: 'Até', onCall: 'De plantão',
    firstTurns: 'Os primeiros turnos',

    designate: (r, h) => `Designar um contato: ${r}${h ? `, disponível ${documents.inHours(h)}` : ''}.`,
    reply: (w, p) => `Responder às solicitações do fornecedor em até ${w}${p ? '; enquanto o fornecedor aguarda a resposta, o prazo do chamado fica suspenso' : ''}.`,
    demandNotice: (a, n) => `Avisar o fornecedor com pelo menos ${n} de antecedência sobre qualquer demanda acima de ${a} do volume habitual.`,

    breachIntro: (r) => `Quando um prazo é descumprido, o fornecedor segue estes passos, nesta ordem. Os prazos contam a partir do descumprimento${r ? ', exceto o aviso da resolução, que conta a partir da resolução' : ''}.`,
    breachStep: {
        notifyTeam: (d) => `Alertar a equipe do fornecedor em até ${d}.`,
        notifyCustomer: (d) => `Informar o cliente do descumprimento em até ${d}.`,
        act: (d) => `Agir para corrigi-lo em até ${d}.`,
        notifyResolution: (d) => `Informar o cliente de que o descumprimento foi resolvido em até ${d} após a resolução.`,
        review: (d) => `Entregar uma análise das causas em até ${d}.`,
    },

    penaltiesIntro: 'Quando um objetivo não é atingido no seu período de apuração, o fornecedor deve ao cliente os valores a seguir.',
    below: 'Abaixo de', owed: 'Valor devido',
    credit: (p, m) => `Crédito de ${p} do valor${m ? ` (${m})` : ''}`,
    fine: (m) => `Multa de ${m}`,
    perBreach: (c, t, a) => `Por chamado de ${c} com ${t === 'response' ? 'a primeira resposta' : 'a resolução'} fora do prazo: ${a}.`,
    downtimePenalty: (o, per, a, b) => `Por ${per === 'hour' ? 'hora' : 'minuto'} de indisponibilidade além da margem de ${o}${b ? ` (${b})` : ''}: ${a}.`,
    shareOfFee: (p, m) => `${p} do valor${m ? ` (${m})` : ''}`,
    cap: (p, m, period) => `Os valores devidos ${documents.inAPeriod[period]} nunca excedem ${p} do valor${m ? ` (${m})` : ''}.`,
    combinationHeading: 'Como os valores se combinam',
    combination: ({ monthly, yearly }) => 'Para cada objetivo, só é devida a pior faixa aplicável: a de menor limite abaixo do qual fica o resultado '
        + '(e, do mesmo modo, só a sua pior multa fixa). Os valores de objetivos diferentes, as multas fixas, as penalidades por descumprimento '
        + `e as penalidades por indisponibilidade se somam.${monthly ? ' Em seguida, o teto mensal limita o total de cada mês' : ''}${monthly && yearly ? ', e depois' : yearly ? ' Em seguida,' : ''}`
        + `${yearly ? ' o teto anual limita o total de cada ano' : ''}${monthly || yearly ? '.' : ' Nenhum teto limita o total.'}`,
    worstMonthHeading: 'Exemplo: o pior mês',
    worstMonthIntro: 'Se todos os objetivos ficarem abaixo do seu menor limite no mesmo mês, o fornecedor deve:',
    worstCase: 'Pior caso',
    worstTier: (t) => `abaixo de ${t}`,
    sum: 'Total dos objetivos',
    afterCap: (p) => `Após o teto mensal (${p} do valor)`,
    onTop: (room, k) => {
        const what = `As penalidades ${joinAnd([...(k.perBreach ? ['por descumprimento'] : []), ...(k.downtime ? ['por indisponibilidade'] : [])], 'e')}`;
        return room === null
            ? `${what} somam-se a esse valor, sem teto mensal.`
            : room === ''
                ? `${what} somam-se até o teto mensal: neste mês o teto já foi atingido, então não acrescentam nada.`
                : `${what} somam-se até o teto mensal: no máximo mais ${room}.`;
    },
    yearlyReach: (cap, months) => `Em um ano, o teto anual (${cap}) limita o total: ${months === 1 ? 'um mês assim o atinge' : `${months} meses assim o atingem`}.`,

    terminationWhen: (o, t, n, period) => `O cliente pode rescindir o contrato quando ${o} ficar abaixo de ${t} por ${n} ${n === 1 ? PT_PERIOD[period] : documents.periodPlural[period]} ${period === 'week' ? 'consecutiva' : 'consecutivo'}${n === 1 ? '' : 's'}.`,
    notice: (d) => `Aviso prévio: ${d}.`,

    frequency: { weekly: 'Semanal', monthly: 'Mensal', quarterly: 'Trimestral' },
    audience: { customer: 'Cliente', provider: 'Fornecedor' },
    recipient: 'Destinatário', frequencyColumn: 'Frequência',
    meeting: (f, a) => `Reunião ${documents.frequency[f].toLowerCase()} de acompanhamento com o ${a === 'customer' ? 'cliente' : 'fornecedor'}.`,
    review: (n, unit, text) => `O acordo é revisto a cada ${n === 1 ? { week: 'semana', month: 'mês', year: 'ano' }[unit] : `${n} ${{ week: 'semanas', month: 'meses', year: 'anos' }[unit]}`}${text ? `: ${text}` : '.'}`,

    examplesIntro: 'Os prazos abaixo são calculados com os calendários deste acordo para chamados abertos em momentos típicos; ilustram as metas e não as substituem.',
    examplesZone: (c, z) => `${c} — horários de ${z}`,
    reported: 'Aberto em', responseDue: 'Primeira resposta até', resolutionDue: 'Resolução até', never: 'nunca', noTarget: '—',
    moments: { midMorning: 'meio da manhã', endOfWeek: 'final da semana', holidayEve: (h) => `véspera de ${h}` },

    forProvider: 'Pelo fornecedor', forCustomer: 'Pelo cliente', name: 'Nome', role: 'Cargo', signature: 'Assinatura',
    generated: 'Gerado pelo Pacto a partir do contrato',
};
