/**
 * From signed contract to configured tools: help-desk bundles (Zendesk, Freshdesk), OpenSLO, iCalendar, and
 * conformance of a help desk's configuration with the contract.
 */
export { type CategoryMap, type HelpDeskOptions } from './help-desk.js';
export { ExportRefusal, type NotExpressibleJson, type Notice, noticeJson } from './notices.js';
export { RAILS_ZONES, type RailsZoneChoice, ianaOfRailsZone, railsZoneOf } from './rails-zones.js';
export { AccountShapeError } from './account-json.js';
export { AccountFileError, type AccountDesk, readAccountText } from './account-file.js';
export { JsonSyntaxError, type JsonPlace, type LocatedJson, parseLocatedJson, placeOf } from './located-json.js';
export { type Conformance, type Difference, conformanceJson, conformanceText } from './conformance.js';
export { type ZendeskAccount, conformZendesk, readZendeskAccount } from './conform-zendesk.js';
export { type FreshdeskAccount, conformFreshdesk, readFreshdeskAccount } from './conform-freshdesk.js';
export { ZENDESK_PRIORITIES, type ZendeskBundle, type ZendeskRequest, type ZendeskSlaPolicy, resolutionMetric, zendeskBundle, zendeskExport, zendeskIntervals } from '../export/zendesk.js';
export { FRESHDESK_PRIORITIES, type FreshdeskBundle, type FreshdeskRequest, freshdeskBundle, freshdeskExport, freshdeskMinutes, freshdeskTime } from '../export/freshdesk.js';
export { type OpensloResult, dnsName, opensloExport, periodStart } from '../export/openslo.js';
export { contractIcs, vtimezone } from '../export/ics.js';
