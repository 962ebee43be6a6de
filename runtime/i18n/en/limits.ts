/** English messages of bounded work: horizons, budgets, encodings, sizes. Keys are camelCase and unique across the whole catalogue. */
export const limits = {
    horizonInstant: '{instant} is outside the years Pacto computes with ({first} to {last}).',
    horizonDeadline: 'This would fall due after {limit}, more than {years} years after {origin}: Pacto computes nothing beyond that horizon.',
    horizonSpan: 'The span from {origin} reaches past {limit}, more than {years} years: Pacto measures no span beyond that horizon.',
    // One key per target kind: the target is named in the reader's language, not passed in as an English word.
    responseBeyondHorizon: '{contract} / {category}: the response target of {duration} would fall due more than {years} years after {origin} (after {limit}); Pacto computes no deadline beyond that horizon.',
    resolutionBeyondHorizon: '{contract} / {category}: the resolution target of {duration} would fall due more than {years} years after {origin} (after {limit}); Pacto computes no deadline beyond that horizon.',
    responseEscalationBeyondHorizon: '{contract} / {category}: the escalation at {percent}% of response would fire more than {years} years after {origin} (after {limit}); Pacto computes no instant beyond that horizon.',
    resolutionEscalationBeyondHorizon: '{contract} / {category}: the escalation at {percent}% of resolution would fire more than {years} years after {origin} (after {limit}); Pacto computes no instant beyond that horizon.',
    openedBeyondHorizon: 'the ticket opens on {opened}, more than {years} years after the term starts ({start}); Pacto computes no deadline beyond that horizon.',
    elapsedBeyondHorizon: 'from {from} to {to} is more than {years} years; Pacto measures no span beyond that horizon.',
    termBeyondHorizon: 'The term runs {span} years, past {limit}: Pacto computes deadlines, simulations and reports only up to {years} years after the term starts, so nothing after {limit} is checked or computed.',
    responseEscalationShouldFitTerm: 'This escalation step at {percent}% of the response target ({duration}) would fire after the whole contract term ({start} to {end}): a ticket opened on the first day would escalate only after the contract ends.',
    resolutionEscalationShouldFitTerm: 'This escalation step at {percent}% of the resolution target ({duration}) would fire after the whole contract term ({start} to {end}): a ticket opened on the first day would escalate only after the contract ends.',
    checkCutShort: 'Pacto stopped this check: the calendar work for this file reached its limit, so the answer is not known here. Shorten the term or split the file.',
    answerCutShort: 'Pacto stopped after {ms} ms of calendar work, before it had an answer: the calendars would need tables for many years. Ask about an instant nearer the contract term.',
    handlingBeyondHorizon: 'scenario {scenario}: the handling time of {category} ({hours} hours) is longer than {years} years, so no simulated ticket could be handled within the horizon; check the number.',
    waitBeyondHorizon: 'scenario {scenario}: the customer wait of {category} ({hours} hours) is longer than {years} years, so no simulated reply could come within the horizon; check the number.',
    periodBeyondHorizon: 'scenario {scenario}: its period is longer than {years} years, beyond the horizon Pacto computes within; simulate a shorter period.',
} as const;
