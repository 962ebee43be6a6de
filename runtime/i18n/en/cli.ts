/** English messages of the pacto command's messages, help and errors (cli/). Keys are camelCase and unique across the whole catalogue. */
export const cli = {
    // General help and usage
    cliGeneralHelp: `pacto {version}: SLA contracts as code

Usage: pacto COMMAND [OPTIONS] [ARGUMENTS]

Commands:
{commands}

Options:
  -h, --help   show this help ('pacto COMMAND --help' for a command's own)
  --version    print the version
  --lang LANG  the language of messages and help: en, es, pt-BR, or auto (the default: LC_ALL,
               LC_MESSAGES or LANG, as in pt_BR.UTF-8; English otherwise). JSON output never changes with it.

Exit status: 0 success, 1 the contract has errors, 2 bad usage or unreadable file, 70 internal error
(a bug in pacto: set PACTO_DEBUG=1 to include the stack trace in a bug report).
`,
    cliSummaryHelp: 'show help for a command',
    cliSummaryCheck: 'check contracts for errors and warnings',
    cliSummaryDeadline: "compute a ticket's response and resolution deadlines and escalations",
    cliSummaryElapsed: 'measure the open (business) time of a calendar between two instants',
    cliSummarySimulate: 'simulate a scenario of tickets: will the contract hold?',
    cliSummaryExport: 'write the contract as JSON, Markdown, HTML or a PDF for signing',
    cliSummaryReport: 'measure a ticket history against the contract: objectives, breaches, credits owed',
    cliSummaryCalibrate: 'fit a simulation scenario to a ticket history',
    cliSeeHelp: "{message} (see '{help}')",
    cliInternalError: 'internal error: {message}',
    cliUnknownCommand: "unknown command '{name}'",
    cliUnknownCommandDidYouMean: "unknown command '{name}'; did you mean '{suggestion}'?",
    cliUnknownOption: "unknown option '{option}'",
    cliUnknownOptionFor: "unknown option '{option}' for '{command}'",
    cliHelpTakesOneName: "'help' takes at most one command name",
    cliOptionTakesNoValue: "option '{option}' takes no value",
    cliOptionNeedsValue: "option '{option}' needs a value",
    cliOptionMustBe: "option '{option}' must be {expected}, not '{value}'",
    cliUnknownLanguage: "unknown language '{value}' for --lang: it must be {languages}",

    // Numbers given to options
    cliNumberNotANumber: "{option} must be a whole number from {min} to {max}, not '{value}'",
    cliNumberNotWhole: '{option} must be a whole number (no fraction), not {value}',
    cliNumberNegative: '{option} cannot be negative ({value}): it must be from {min} to {max}',
    cliNumberTooSmall: '{option} must be at least {min}, not {value}',
    cliNumberTooLarge: '{option} must be at most {max}, not {value}',

    // Files
    cliCannotRead: 'cannot read {file}: {reason}',
    cliCannotWrite: 'cannot write {file}: {reason}',
    cliReasonNoSuchFile: 'no such file or directory',
    cliReasonNoSuchFolder: 'no such directory',
    cliReasonOutputIsDirectory: 'it is a directory; name a file to write',
    cliReasonPermissionDenied: 'permission denied',
    cliReasonNotPermitted: 'operation not permitted',
    cliReasonIsDirectory: 'is a directory',
    cliReasonNotDirectory: 'not a directory',
    cliReasonTooManyLinks: 'too many symbolic links',
    cliReasonNameTooLong: 'file name too long',
    cliReasonTooManyOpenFiles: 'too many open files',
    cliReasonReadOnly: 'read-only file system',
    cliReasonNoSpace: 'no space left on device',
    cliReasonQuota: 'disk quota exceeded',
    cliReasonBusy: 'the file is busy',
    cliNoPactoFiles: 'no .pacto files in {directory}',
    cliUtf16: 'the file is saved as UTF-16 ({endian}), not UTF-8: save it as UTF-8 in your editor and check it again',
    cliInvalidUtf8: 'the file is not valid UTF-8 (byte {byte} here): save it as UTF-8 in your editor and check it again',

    // Contracts and names
    cliNoContractFile: 'no contract file in {file}',
    cliContractHasErrors: 'the contract has errors, nothing computed: {problem}',
    cliContractHasErrorsFirstOf: "the contract has errors, nothing computed: {problem} (first of {count} errors; 'pacto check {file}' lists them)",
    cliFileDeclaresNoContract: '{file} declares no contract',
    cliChooseContract: '{file} declares {count} contracts ({names}); choose one with --contract',
    cliInContract: 'in contract {name}',
    cliInFile: 'in {file}',
    cliUnknownCategory: "unknown category '{name}' {where}; {hint}",
    cliUnknownContract: "unknown contract '{name}' {where}; {hint}",
    cliUnknownCalendar: "unknown calendar '{name}' {where}; {hint}",
    cliUnknownScenario: "unknown scenario '{name}' {where}; {hint}",
    cliDidYouMean: "did you mean '{name}'?",
    cliDeclaredCategories: 'declared: {names}',
    cliDeclaredContracts: 'declared: {names}',
    cliDeclaredCalendars: 'declared: {names}',
    cliDeclaredScenarios: 'declared: {names}',
    cliDeclaresNoCategory: 'it declares no category',
    cliDeclaresNoContract: 'it declares no contract',
    cliDeclaresNoCalendar: 'it declares no calendar',
    cliDeclaresNoScenario: 'it declares no scenario',

    // Operands and options of the computing commands
    cliNeedsContractFile: "'{command}' needs a contract file",
    cliTakesOneFile: "'{command}' takes one contract file, not {count}",
    cliTakesOneFileNotDirectory: "'{command}' takes one contract file, and {file} is a directory (name a .pacto file in it; 'pacto check' takes directories)",
    cliNeedsOption: "'{command}' needs {option}",
    cliBadOptionValue: '{option} {value}: {reason}',
    cliPauseExpected: '--pause {value}: expected START/END, two instants such as 2026-03-02T10:00-03:00/2026-03-02T11:30-03:00',
    cliPauseEndsBeforeStart: '--pause {value}: the pause must end after it starts',
    cliToBeforeFrom: '--to {to} is before --from {from}',

    // check
    cliHelpCheck: `Usage: pacto check [--format text|json] FILE|DIRECTORY...

Parses, links and validates the contracts, all in one workspace, and reports every problem.
A directory stands for the .pacto files under it; a file named explicitly is checked whatever its extension.
Files must be UTF-8 (with or without a byte order mark).

Options:
  --format text   one line per problem, "path:line:column: severity: message" (the default);
                  a file without problems prints "path: no problems"; a summary goes to stderr
  --format json   one JSON array on stdout, each problem as
                  {"file", "line", "column", "severity", "message", "code"}, in English whatever --lang says
  -h, --help      show this help

Exit status: 0 no errors (warnings allowed), 1 errors, 2 bad usage or unreadable file, 70 internal error.
`,
    cliCheckNeedsFile: "'check' needs at least one file",
    cliNoProblems: '{file}: no problems',
    cliSeverityError: 'error',
    cliSeverityWarning: 'warning',
    cliSeverityInfo: 'info',
    cliSeverityHint: 'hint',
    cliNoErrors: '0 errors',
    cliNoWarnings: '0 warnings',
    cliErrorCount_one: '{count} error',
    cliErrorCount_other: '{count} errors',
    cliWarningCount_one: '{count} warning',
    cliWarningCount_other: '{count} warnings',
    cliInfoCount_one: '{count} info',
    cliInfoCount_other: '{count} info',
    cliHintCount_one: '{count} hint',
    cliHintCount_other: '{count} hints',
    cliProblemsInFiles_one: '{problems} in {count} file',
    cliProblemsInFiles_other: '{problems} in {count} files',

    // deadline
    cliHelpDeadline: `Usage: pacto deadline FILE --category NAME --opened INSTANT [--pause START/END]... [--contract NAME] [--json]

Computes when a ticket of a category, opened at an instant, is due for response and resolution, and when
each escalation step fires, on the contract's calendars. The file must have no errors.

Options:
  --category NAME      the ticket's category (required)
  --opened INSTANT     when the ticket was opened: ISO 8601 with a UTC offset or Z (required),
                       e.g. 2026-03-02T09:00-03:00 or 2026-03-02T12:00Z
  --pause START/END    a span during which the clock stands still (e.g. awaiting the customer); repeatable
  --contract NAME      the contract, when the file declares several
  --json               print {"contract", "category", "opened", "response": {"due"} | null,
                       "resolution": {"due"} | null, "escalations": [{"at", "notify"}]}
  -h, --help           show this help

Instants are printed with the UTC offset of the calendar the category's response counts on (else its
resolution's, else the default calendar's, else UTC), as the editor and the documents show them.
Exit status: 0 computed, 1 the contract has errors, 2 bad usage (unknown name, instant without offset,
unreadable file), 70 internal error.
`,
    cliWarningOutsideTerm: "warning: the ticket opens on {day}, outside the contract's term ({start} to {end}): the contract does not promise these deadlines",
    cliDeadlineHeader: '{contract} / {category}, times in {zone}',
    cliDeadlineHeaderTitled: '{contract} / {category} "{title}", times in {zone}',
    cliDeadlineOpened: 'opened',
    cliDeadlineResponse: 'response',
    cliDeadlineResolution: 'resolution',
    cliDeadlineEscalation: 'escalation',
    cliDeadlineWithin: 'within {duration}',
    cliDeadlineNoTarget: 'no target',
    cliDeadlineNever: 'never (the calendar does not open again)',
    cliEscalationOfResponse: '{percent} of response',
    cliEscalationOfResolution: '{percent} of resolution',
    cliEscalationNotify: '{step}: notify {notify}',
    cliEscalationNotifyContact: '{step}: notify {notify} <{contact}>',

    // elapsed
    cliHelpElapsed: `Usage: pacto elapsed FILE --calendar NAME --from INSTANT --to INSTANT [--pause START/END]... [--contract NAME] [--json]

Counts the time the calendar is open, minus pauses, in [from, to): what an SLA clock on that calendar
would have run. The file must have no errors. The built-in calendar 'always' counts all time.

Options:
  --calendar NAME      a calendar of the contract, or 'always' (required)
  --from INSTANT       start, ISO 8601 with a UTC offset or Z (required), e.g. 2026-03-02T09:00-03:00
  --to INSTANT         end, not before --from (required)
  --pause START/END    a span that does not count; repeatable
  --contract NAME      the contract, when the file declares several
  --json               print {"calendar", "from", "to", "businessMinutes"}
  -h, --help           show this help

Instants are printed with the calendar's UTC offset.
Exit status: 0 computed, 1 the contract has errors, 2 bad usage (unknown name, instant without offset,
--to before --from, unreadable file), 70 internal error.
`,
    cliElapsedSummary_one: '{minutes} business minute ({span}) on {calendar} from {from} to {to}',
    cliElapsedSummary_other: '{minutes} business minutes ({span}) on {calendar} from {from} to {to}',

    // simulate
    cliHelpSimulate: `Usage: pacto simulate FILE --scenario NAME [--runs N] [--seed S] [--json] [--html OUT] [--staffing] [--contract NAME]

Simulates the scenario's period N times (Monte Carlo) with its arrivals, teams and handling times, and
judges every response and resolution by the contract's SLA clock. Each objective is 'realistic' (met in
at least 90% of periods), 'at risk', or 'unrealistic' (met in fewer than 50%). Availability, first contact
resolution and satisfaction objectives are not simulated. The same file, scenario and seed always give the
same results. See docs/simulation.md.

Options:
  --scenario NAME    the scenario to simulate (required)
  --runs N           periods to simulate, 1 to {maxRuns} (default {defaultRuns})
  --seed S           seed of the random streams, 0 to {maxSeed} (default {defaultSeed})
  --json             print the results as one JSON object
  --html OUT         also write a self-contained HTML report with charts to OUT
  --staffing         also search the smallest team sizes that make every objective realistic
  --workers N        worker threads (default: one per core; the results do not depend on it)
  --contract NAME    the contract, when the file declares several
  -h, --help         show this help

A progress bar is drawn on stderr when it is a terminal (never in a pipe or CI).
Exit status: 0 simulated (whatever the verdict), 1 the contract has errors, 2 bad usage (unknown scenario,
bad number, a scenario that cannot be simulated, unreadable file), 70 internal error.
`,
    cliProgressRuns: '{done}/{total} runs',
    cliSimStaffing: 'Staffing for every objective realistic: {teams}',
    cliSimStaffingTeam: '{team} {agents} (now {now})',
    cliSimStaffingNone: 'Staffing: no team sizes tried make every objective realistic',
    cliSimReportWritten: 'Report written to {file}',

    // export
    cliHelpExport: `Usage: pacto export FILE --format {formatIds} [-o OUT] [--contract NAME]

Writes the contract as a document in the contract's locale ({locales}):
{formatHelp}

The file must have no errors (nothing is written otherwise).

Options:
  --format FORMAT      {formatOption}
  -o, --output OUT     the file to write. It is written atomically: to a temporary file in the same
                       directory, renamed over OUT when complete; on any failure OUT is left as it was.
                       Without -o, json, md and html go to standard output; a pdf goes to standard output
                       only when it is not a terminal (a pipe or a file), and needs -o otherwise.
  --contract NAME      the contract, when the file declares several
  -h, --help           show this help

A progress bar is drawn on stderr when it is a terminal (never in a pipe or CI).
Exit status: 0 written, 1 the contract has errors, 2 bad usage (unreadable file, missing -o for a pdf on a
terminal, output that cannot be written), 70 internal error.
`,
    cliExportFormatOption: '{formats}; may be left out when -o ends in {endings}',
    cliFormatJson:
        'the lowered contract model for other tools, described by schema/pacto-contract.schema.json (JSON Schema 2020-12): dates ISO 8601, durations {"minutes", "clock", "calendar"} or {"days", "clock": "business", "calendar"}, money {"amount", "currency"}, and the holidays of the term',
    cliFormatMarkdown: 'Markdown, for wikis',
    cliFormatHtml: 'one self-contained HTML page (inline CSS, no remote content), for intranets',
    cliFormatPdf:
        "a PDF for signing: parties and term, definitions, service, hours, holidays and channels, categories and targets (per channel too), objectives and how each is measured, escalation and on-call rotations, both parties' obligations, the breach procedure, penalties with the combination rule and the worst month, termination, reporting, reviews, clauses, worked deadline examples, signatures",
    cliFormatZendesk:
        "Zendesk Support configuration: the API requests that create the business-hours schedules (Rails time-zone names, weekly intervals, every closed date of the term) and the SLA policies (first reply and resolution per priority or per category tag, business or calendar hours), with what Zendesk cannot hold under \"notExpressible\" (also on stderr); --category-map priority|tag",
    cliFormatFreshdesk:
        "Freshdesk configuration: the API requests of the SLA policies (respond and resolve within, per priority or per ticket type), the business hours and closed dates to enter in its admin pages, and what Freshdesk cannot hold under \"notExpressible\" (also on stderr); --category-map priority|tag",
    cliFormatOpenslo:
        "OpenSLO v1 YAML, one SLO document per availability objective: a calendar-aligned window in the contract's zone, the target as a share of one-minute slices, the SLI by indicatorRef; a maintenance window OpenSLO cannot exclude is annotated and reported on stderr",
    cliFormatIcs:
        "iCalendar (RFC 5545), one VCALENDAR per business calendar: the weekly opening hours as recurring events in the calendar's zone with its VTIMEZONE, closed dates as all-day events, special hours as single events, for the term",
    cliExportUnknownFormat: "unknown format '{format}': one of {formats}",
    cliExportNeedsFormat: "'{command}' needs --format {formats} (or an -o file ending in {endings})",
    cliBinaryNotToTerminal: "a {format} is not written to a terminal: give -o FILE.{extension}, or redirect the output ('> FILE.{extension}')",
    cliProgressChecking: 'checking the contract',
    cliProgressRendering: 'rendering the {format}',
    cliProgressWriting: 'writing',

    // report and calibrate
    cliHelpReport: `Usage: pacto report FILE --tickets HISTORY [--outages CSV] [--mapping JSON] [--period P | --from D --to D]
                   [--every week|month|quarter] [--format {formats}] [-o OUT] [--zone ZONE]
                   [--skip-bad-rows] [--contract NAME]

Replays a real ticket history against the contract with the same SLA clock as the previews and the
simulator, and reports per period (those of the contract's reports to the customer: the monthly one when
it promises several, months when it promises none; in the contract's zone) each objective's achieved value
against its target, every breach, escalations due, late customer replies, the penalties owed with the
contract's rule and caps, and the tickets still open at the end. docs/compliance.md says how.

Options:
  --tickets HISTORY    the ticket history (required): Pacto's event log as CSV (header ticket,at,event,
                       category,channel[,first_contact,satisfaction]) or JSON Lines (.jsonl), a Zendesk
                       ticket events export (.json), a Freshdesk ticket export (CSV), or any CSV with --mapping
  --outages CSV        an outage log, header start,end[,planned], for availability objectives
  --mapping JSON       how another help desk's export reads as events (columns, statuses, categories, channels)
  --period P           one month (2026-03), quarter (2026-Q1) or ISO week (2026-W10, Monday to Sunday)
  --from D --to D      local dates [from, to) in the contract's zone, cut into the report's periods
  --every UNIT         cut into weeks (week: Monday to Sunday), months or quarters instead
  --format FORMAT      text (default), json (one object: schema/compliance-report.schema.json), md, html,
                       pdf (the report for the customer, in the contract's locale, with trend charts);
                       without it, -o's extension (.json, .md, .html, .pdf) says
  -o, --output OUT     write there (atomically) instead of standard output; a pdf goes to standard output
                       only when it is not a terminal
  --zone ZONE          the IANA zone of times written without a UTC offset (else they are bad rows); the
                       report states it
  --skip-bad-rows      go on past bad rows and list every skipped one in the report (else: refuse)
  --reopen-window DAYS how long a resolved ticket is remembered in case it is reopened (default {defaultWindow})
  --contract NAME      the contract, when the file declares several
  -h, --help           show this help

The report itself is written in the contract's locale; messages on the terminal follow --lang.
Exit status: 0 reported, 1 the contract has errors or the history has bad rows (the first {listed} are
listed, with a count), 2 bad usage (unreadable file, unknown option value), 70 internal error.
`,
    cliHelpCalibrate: `Usage: pacto calibrate FILE --tickets HISTORY [--name NAME] [--mapping JSON] [--zone ZONE] [--skip-bad-rows] [--contract NAME]

Reads a ticket history with the same readers and checks as 'pacto report' and prints a scenario block to
paste into the contract: the period the tickets were opened in, arrival rates per category and channel
(per open day of the calendar they arrive on), handling times (a lognormal fit of the worked time: first
response to resolution, minus the pauses awaiting the customer), and the share of tickets that waited for
the customer with the wait's distribution. The team's size is an estimate: set it. docs/compliance.md says how.

Options:
  --tickets HISTORY    the ticket history (required), in any format 'pacto report' reads
  --name NAME          the scenario's name (default: Calibrated, or the first CalibratedN the contract does not use)
  --mapping JSON       how another help desk's export reads as events
  --zone ZONE          the IANA zone of times written without a UTC offset (else they are bad rows)
  --skip-bad-rows      go on past bad rows, listing them on stderr (else: refuse)
  --contract NAME      the contract, when the file declares several
  -h, --help           show this help

Exit status: 0 printed, 1 the contract has errors or the history has bad rows (the first {listed} are listed,
with a count) or nothing to fit, 2 bad usage (unreadable file, bad name or zone), 70 internal error.
`,
    cliPeriodOrRange: 'give --period or --from/--to, not both',
    cliFromToTogether: '--from and --to go together',
    cliNotADate: "{option} must be a date such as 2026-03-01, not '{value}'",
    cliToNotAfterFrom: '--to ({to}) must be after --from ({from})',
    cliNotAZone: "--zone '{zone}' is not an IANA time zone",
    cliNotAZoneDidYouMean: "--zone '{zone}' is not an IANA time zone; did you mean '{suggestion}'?",
    cliCannotReadHistory: 'cannot read the history: {reason}',
    cliAndMore: '… and {count} more',
    cliBadRowsReport_one: 'the history has {count} bad row, nothing computed (--skip-bad-rows goes on without them and lists them in the report)',
    cliBadRowsReport_other: 'the history has {count} bad rows, nothing computed (--skip-bad-rows goes on without them and lists them in the report)',
    cliBadRowsCalibrate_one: 'the history has {count} bad row, nothing calibrated (--skip-bad-rows goes on without them)',
    cliBadRowsCalibrate_other: 'the history has {count} bad rows, nothing calibrated (--skip-bad-rows goes on without them)',
    cliSkipped: '{problem} (skipped)',
    cliCalibrateBadName: "--name must be a name the language accepts (letters, digits, _; not starting with a digit), not '{name}'",
    cliCalibrateNameTaken: 'the contract already has a scenario {name}; choose another --name',
    cliProgressBytes: '{done} of {total} MB read',
} as const;
