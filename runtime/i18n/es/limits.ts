/** es messages of bounded work: horizons, budgets, encodings, sizes. */
import type { Messages } from '../template.js';
import type { limits as en } from '../en/limits.js';

export const limits: Messages<typeof en> = {
    horizonInstant: '{instant} está fuera de los años con los que calcula Pacto ({first} a {last}).',
    horizonDeadline: 'Vencería después de {limit}, más de {years} años después de {origin}: Pacto no calcula nada más allá de ese horizonte.',
    horizonSpan: 'El intervalo desde {origin} pasa de {limit}, más de {years} años: Pacto no mide intervalos más allá de ese horizonte.',
    responseBeyondHorizon: '{contract} / {category}: el tiempo de primera respuesta de {duration} vencería más de {years} años después de {origin} (después de {limit}); Pacto no calcula plazos más allá de ese horizonte.',
    resolutionBeyondHorizon: '{contract} / {category}: el plazo de resolución de {duration} vencería más de {years} años después de {origin} (después de {limit}); Pacto no calcula plazos más allá de ese horizonte.',
    responseEscalationBeyondHorizon: '{contract} / {category}: el escalamiento al {percent}% del tiempo de primera respuesta se dispararía más de {years} años después de {origin} (después de {limit}); Pacto no calcula instantes más allá de ese horizonte.',
    resolutionEscalationBeyondHorizon: '{contract} / {category}: el escalamiento al {percent}% del plazo de resolución se dispararía más de {years} años después de {origin} (después de {limit}); Pacto no calcula instantes más allá de ese horizonte.',
    openedBeyondHorizon: 'el ticket se abre el {opened}, más de {years} años después del inicio de la vigencia ({start}); Pacto no calcula plazos más allá de ese horizonte.',
    elapsedBeyondHorizon: 'de {from} a {to} hay más de {years} años; Pacto no mide intervalos más allá de ese horizonte.',
    termBeyondHorizon: 'La vigencia dura {span} años y pasa de {limit}: Pacto calcula plazos, simulaciones e informes solo hasta {years} años después del inicio de la vigencia, así que no revisa ni calcula nada después de {limit}.',
    responseEscalationShouldFitTerm: 'Este paso de escalamiento al {percent}% del tiempo de primera respuesta ({duration}) se dispararía después de toda la vigencia del contrato ({start} a {end}): un ticket abierto el primer día escalaría cuando el contrato ya terminó.',
    resolutionEscalationShouldFitTerm: 'Este paso de escalamiento al {percent}% del plazo de resolución ({duration}) se dispararía después de toda la vigencia del contrato ({start} a {end}): un ticket abierto el primer día escalaría cuando el contrato ya terminó.',
    checkCutShort: 'Pacto detuvo esta revisión: el cálculo de calendario de este archivo llegó a su límite, así que aquí no se conoce la respuesta. Acorte la vigencia o divida el archivo.',
    answerCutShort: 'Pacto se detuvo tras {ms} ms de cálculo de calendario, antes de tener una respuesta: los calendarios necesitarían tablas de muchos años. Pregunte por un instante más cercano a la vigencia del contrato.',
    handlingBeyondHorizon: 'escenario {scenario}: el tiempo de atención de {category} ({hours} horas) supera los {years} años, así que ningún ticket simulado podría atenderse dentro del horizonte; revise el número.',
    waitBeyondHorizon: 'escenario {scenario}: la espera del cliente en {category} ({hours} horas) supera los {years} años, así que ninguna respuesta simulada llegaría dentro del horizonte; revise el número.',
    periodBeyondHorizon: 'escenario {scenario}: su período dura más de {years} años, más allá del horizonte con el que calcula Pacto; simule un período más corto.',
};
