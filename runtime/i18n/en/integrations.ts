/** English messages of help-desk exports, conformance and the library API. Keys are camelCase and unique across the whole catalogue. */
export const integrations = {
    // What a help desk, OpenSLO or a calendar file cannot say of the contract ({desk}: Zendesk, Freshdesk, OpenSLO).
    nxBusinessDays: '{subject}: {duration} counts open days; {desk} counts targets in minutes, so this target is left out',
    nxSubMinute: '{subject}: {duration} is not a whole number of minutes; {desk} takes whole minutes, so this target is left out',
    nxBelowMinimum: '{subject}: {duration} is shorter than {minimum}, the shortest target {desk} accepts, so this target is left out',
    nxOtherCalendar:
        '{subject}: {duration} counts on calendar {calendar}; {desk} counts business hours on the schedule each ticket has, so these tickets need schedule "{schedule}" (set it with a trigger)',
    nxChannelHours: 'channel {channel}: its tickets wait for the hours of {calendar}; {desk} has no hours per channel',
    nxChannelTargets: '{subject}: the targets for channel {channel} need a condition on the channel, which {desk} has not, so they are left out',
    nxChannelTag: '{subject}: the targets for channel {channel} apply to tickets tagged {tag}; tag them when they arrive through that channel',
    nxSpecialHours: 'calendar {calendar}, {date}: special hours {hours}; {desk} can only close a whole day, so the date keeps its weekly hours',
    nxCustomerReply: 'customer obligations: the customer must reply within {duration}; {desk} does not track what the customer owes',
    nxDemandNotice: 'customer obligations: notice {duration} ahead of demand above {percent}%; {desk} does not track it',
    nxContacts: 'customer obligations: {count} contact duties and clauses; {desk} does not track what the customer owes',
    nxPenalties: 'penalties: service credits, fines and caps are not computed by {desk}; run pacto report on the ticket history',
    nxObjectives: 'objectives {objectives}: {desk} times each ticket but keeps no share of tickets on time per period; run pacto report on the ticket history',
    nxEscalations: 'escalation of {categories}: {steps}; {desk} notifies with triggers or automations, not with its SLA policies',
    nxHolidaysByHand: 'calendar {calendar}: {count} closed dates in the term ({dates}); {desk} takes holidays in its admin pages, not through its API',
    nxSplitDay: 'calendar {calendar}, {day}: {hours} is more than one interval; {desk} takes one interval a day, so the day is left closed',
    nxNoTerm: 'calendar {calendar}: the contract has no term, so only the dates it declares are listed, not the holidays of {regions}',
    nxTooManyPriorities:
        'categories: {desk} has 4 priorities and the contract has {count} categories with {distinct} priorities, so each category becomes a tag (or ticket type) instead',
    nxMixedClock: '{subject}: the first response counts {response} and the resolution {resolution}; {desk} counts both on one clock per priority, so the resolution target is left out',
    nxMaintenance: 'objective {objective}: the contract excludes the maintenance window {calendar}; OpenSLO v1 has no exclusions, so the objective counts it',
    nxDowntimeBudget: 'objective {objective}: a downtime budget of {duration} per {period} is not a share of time; OpenSLO v1 needs a share, so it is left out',
    nxNoAvailability: 'the contract has no availability objective, so there is no OpenSLO document to write',
    nxWarningHeader: '{desk} cannot express everything the contract says; the export lists it under "notExpressible":',
    // Refusals.
    zoneHasNoRailsName: 'calendar {calendar}: {desk} has no time zone for {zone}; the nearest it has are {nearest}',
    categoryMapUnfit: '--category-map priority: {desk} has 4 priorities and the contract has {count} categories with {distinct} priorities; use --category-map tag',
    // Conformance: each difference says what the contract says and what the help desk has.
    // The conform command.
    conformSummary: 'compare a Zendesk or Freshdesk configuration with the contract',
    conformHelp: `Usage: pacto conform FILE (--zendesk ACCOUNT.json | --freshdesk ACCOUNT.json) [--format text|json] [--contract NAME] [--category-map priority|tag]

Compares what a help desk is configured with against what the contract says, and lists every difference with
the contract's value and the help desk's: time zones, open intervals, holidays, SLA targets in minutes,
business or calendar hours, and which tickets a policy applies to. The expected configuration is what
'pacto export --format zendesk|freshdesk' writes, with the same --category-map.

ACCOUNT.json holds the help desk's API answers (docs/integrations.md shows how to fetch them):
  Zendesk    {"schedules": [...], "holidays": {"SCHEDULE_ID": [...]}, "sla_policies": [...]}
             from GET /api/v2/business_hours/schedules, .../schedules/{id}/holidays, /api/v2/slas/policies
  Freshdesk  {"business_hours": [...], "sla_policies": [...]}
             from GET /api/v2/business_hours and /api/v2/sla_policies
The file 'pacto export --format zendesk|freshdesk' wrote is accepted too: it says whether the contract
has changed since that export.

Options:
  --zendesk FILE       a Zendesk account's configuration
  --freshdesk FILE     a Freshdesk account's configuration
  --format FORMAT      text (the default) or json, for CI: {contract, helpDesk, matches, checked, differences}
  --contract NAME      the contract, when the file declares several
  --category-map MAP   priority or tag, as given to pacto export
  -h, --help           show this help

Exit status: 0 the help desk matches, 1 it differs (or the contract has errors, or the help desk cannot
express it), 2 bad usage or an unreadable ACCOUNT.json, 70 internal error.
`,
    conformNeedsOneDesk: "'conform' needs one of --zendesk FILE or --freshdesk FILE",
    conformScheduleMissing: 'schedule "{schedule}" (calendar {calendar}): not in the help desk',
    conformZone: 'schedule "{schedule}": time zone: contract {contract}, help desk {helpDesk}',
    conformIntervalMissing: 'schedule "{schedule}": {day} {hours}: open in the contract, closed in the help desk',
    conformIntervalExtra: 'schedule "{schedule}": {day} {hours}: open in the help desk, closed in the contract',
    conformDayHours: 'business hours "{schedule}": {day}: contract {contract}, help desk {helpDesk}',
    conformHolidayMissing: 'schedule "{schedule}": holiday {date} ({name}): in the contract, not in the help desk',
    conformHolidayExtra: 'schedule "{schedule}": holiday {date} ({name}): in the help desk, not in the contract',
    conformPolicyMissing: 'SLA policy "{policy}": not in the help desk',
    conformTarget: 'SLA policy "{policy}", {priority}, {metric}: target: contract {contract}, help desk {helpDesk}',
    conformBusinessHours: 'SLA policy "{policy}", {priority}, {metric}: contract counts {contract}, help desk counts {helpDesk}',
    conformMetricMissing: 'SLA policy "{policy}", {priority}, {metric}: contract {contract}, not in the help desk',
    conformMetricExtra: 'SLA policy "{policy}", {priority}, {metric}: help desk {helpDesk}, not in the contract',
    conformFilter: 'SLA policy "{policy}": applies to: contract {contract}, help desk {helpDesk}',
    conformBusinessWord: 'business hours',
    conformCalendarWord: 'calendar hours',
    conformClosedWord: 'closed',
    conformMatches: 'The help desk matches the contract {contract} ({checked} settings compared).',
    conformDifferences_one: '{count} difference between the contract {contract} and the help desk:',
    conformDifferences_other: '{count} differences between the contract {contract} and the help desk:',
    shapeObject: 'an object',
    shapeArray: 'a list',
    shapeString: 'text',
    shapeNumber: 'a number',
    shapeBoolean: 'true or false',
    shapeFreshdeskTime: 'a time such as "08:00:00 am"',
    conformConfigShape: 'expected {expected} at {path}',
    conformBadConfigAt: '{file}:{line}:{column}: {problem}',
    // What is wrong with a file that is not JSON, in words.
    jsonUnexpectedEnd: 'not JSON: the file ends before the JSON does',
    jsonUnexpectedCharacter: 'not JSON: unexpected {character}',
    jsonUnclosedText: 'not JSON: this text in quotes is not closed on its line',
    jsonBadEscape: 'not JSON: a backslash that starts no escape (\\n, \\", \\uXXXX …)',
    jsonTooDeep: 'not a help desk answer: values nested more than {depth} levels deep',
    jsonExpectedKey: 'not JSON: expected a name in double quotes',
    jsonExpected: 'not JSON: expected {expected}',
    jsonAfterEnd: 'not JSON: more text after the end of the JSON value',
    // Pacto's own export given as an account: said in words, with what is expected instead.
    conformOtherDeskBundle: "this is Pacto's {desk} export (pacto export --format {format}); compare it with --{format}",
    conformNotAnAccount:
        "expected {expected} at {path}: ACCOUNT.json is the help desk's API answers ({shape}), or the file 'pacto export --format {format}' writes; docs/integrations.md shows how to fetch them",
} as const;
