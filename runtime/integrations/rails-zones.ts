/**
 * Zendesk and Freshdesk name time zones as Ruby on Rails does (ActiveSupport::TimeZone::MAPPING: "Brasilia",
 * "Caracas", "Eastern Time (US & Canada)"), not by IANA id. A contract names IANA zones, so the help-desk
 * exports map one to the other; a zone with no Rails name is refused with the nearest ones, since a schedule
 * in a zone with other offsets would count other hours.
 * Sources: https://developer.zendesk.com/api-reference/ticketing/ticket-management/schedules/ (time_zone),
 * https://developer.freshdesk.com/api/#business-hours (time_zone), and Rails' MAPPING table.
 */
import { IANAZone } from 'luxon';
import { DAY_MS } from '../time/units.js';

/** Rails name → IANA zone, in Rails' order (west to east). Several names may share one zone. */
export const RAILS_ZONES: readonly (readonly [rails: string, iana: string])[] = [
    ['International Date Line West', 'Etc/GMT+12'],
    ['American Samoa', 'Pacific/Pago_Pago'],
    ['Midway Island', 'Pacific/Midway'],
    ['Hawaii', 'Pacific/Honolulu'],
    ['Alaska', 'America/Juneau'],
    ['Pacific Time (US & Canada)', 'America/Los_Angeles'],
    ['Tijuana', 'America/Tijuana'],
    ['Arizona', 'America/Phoenix'],
    ['Mazatlan', 'America/Mazatlan'],
    ['Mountain Time (US & Canada)', 'America/Denver'],
    ['Central America', 'America/Guatemala'],
    ['Central Time (US & Canada)', 'America/Chicago'],
    ['Chihuahua', 'America/Chihuahua'],
    ['Guadalajara', 'America/Mexico_City'],
    ['Mexico City', 'America/Mexico_City'],
    ['Monterrey', 'America/Monterrey'],
    ['Saskatchewan', 'America/Regina'],
    ['Bogota', 'America/Bogota'],
    ['Eastern Time (US & Canada)', 'America/New_York'],
    ['Indiana (East)', 'America/Indiana/Indianapolis'],
    ['Lima', 'America/Lima'],
    ['Quito', 'America/Lima'],
    ['Atlantic Time (Canada)', 'America/Halifax'],
    ['Caracas', 'America/Caracas'],
    ['Georgetown', 'America/Guyana'],
    ['La Paz', 'America/La_Paz'],
    ['Puerto Rico', 'America/Puerto_Rico'],
    ['Santiago', 'America/Santiago'],
    ['Newfoundland', 'America/St_Johns'],
    ['Brasilia', 'America/Sao_Paulo'],
    ['Buenos Aires', 'America/Argentina/Buenos_Aires'],
    ['Montevideo', 'America/Montevideo'],
    ['Greenland', 'America/Nuuk'],
    ['Mid-Atlantic', 'Atlantic/South_Georgia'],
    ['Azores', 'Atlantic/Azores'],
    ['Cape Verde Is.', 'Atlantic/Cape_Verde'],
    ['Edinburgh', 'Europe/London'],
    ['Lisbon', 'Europe/Lisbon'],
    ['London', 'Europe/London'],
    ['Monrovia', 'Africa/Monrovia'],
    ['UTC', 'Etc/UTC'],
    ['Amsterdam', 'Europe/Amsterdam'],
    ['Belgrade', 'Europe/Belgrade'],
    ['Berlin', 'Europe/Berlin'],
    ['Bern', 'Europe/Zurich'],
    ['Bratislava', 'Europe/Bratislava'],
    ['Brussels', 'Europe/Brussels'],
    ['Budapest', 'Europe/Budapest'],
    ['Casablanca', 'Africa/Casablanca'],
    ['Copenhagen', 'Europe/Copenhagen'],
    ['Dublin', 'Europe/Dublin'],
    ['Ljubljana', 'Europe/Ljubljana'],
    ['Madrid', 'Europe/Madrid'],
    ['Paris', 'Europe/Paris'],
    ['Prague', 'Europe/Prague'],
    ['Rome', 'Europe/Rome'],
    ['Sarajevo', 'Europe/Sarajevo'],
    ['Skopje', 'Europe/Skopje'],
    ['Stockholm', 'Europe/Stockholm'],
    ['Vienna', 'Europe/Vienna'],
    ['Warsaw', 'Europe/Warsaw'],
    ['West Central Africa', 'Africa/Algiers'],
    ['Zagreb', 'Europe/Zagreb'],
    ['Zurich', 'Europe/Zurich'],
    ['Athens', 'Europe/Athens'],
    ['Bucharest', 'Europe/Bucharest'],
    ['Cairo', 'Africa/Cairo'],
    ['Harare', 'Africa/Harare'],
    ['Helsinki', 'Europe/Helsinki'],
    ['Jerusalem', 'Asia/Jerusalem'],
    ['Kaliningrad', 'Europe/Kaliningrad'],
    ['Kyiv', 'Europe/Kyiv'],
    ['Pretoria', 'Africa/Johannesburg'],
    ['Riga', 'Europe/Riga'],
    ['Sofia', 'Europe/Sofia'],
    ['Tallinn', 'Europe/Tallinn'],
    ['Vilnius', 'Europe/Vilnius'],
    ['Baghdad', 'Asia/Baghdad'],
    ['Istanbul', 'Europe/Istanbul'],
    ['Kuwait', 'Asia/Kuwait'],
    ['Minsk', 'Europe/Minsk'],
    ['Moscow', 'Europe/Moscow'],
    ['Nairobi', 'Africa/Nairobi'],
    ['Riyadh', 'Asia/Riyadh'],
    ['St. Petersburg', 'Europe/Moscow'],
    ['Volgograd', 'Europe/Volgograd'],
    ['Tehran', 'Asia/Tehran'],
    ['Abu Dhabi', 'Asia/Muscat'],
    ['Baku', 'Asia/Baku'],
    ['Muscat', 'Asia/Muscat'],
    ['Samara', 'Europe/Samara'],
    ['Tbilisi', 'Asia/Tbilisi'],
    ['Yerevan', 'Asia/Yerevan'],
    ['Kabul', 'Asia/Kabul'],
    ['Almaty', 'Asia/Almaty'],
    ['Ekaterinburg', 'Asia/Yekaterinburg'],
    ['Islamabad', 'Asia/Karachi'],
    ['Karachi', 'Asia/Karachi'],
    ['Tashkent', 'Asia/Tashkent'],
    ['Chennai', 'Asia/Kolkata'],
    ['Kolkata', 'Asia/Kolkata'],
    ['Mumbai', 'Asia/Kolkata'],
    ['New Delhi', 'Asia/Kolkata'],
    ['Sri Jayawardenepura', 'Asia/Colombo'],
    ['Kathmandu', 'Asia/Kathmandu'],
    ['Dhaka', 'Asia/Dhaka'],
    ['Urumqi', 'Asia/Urumqi'],
    ['Rangoon', 'Asia/Rangoon'],
    ['Bangkok', 'Asia/Bangkok'],
    ['Hanoi', 'Asia/Bangkok'],
    ['Jakarta', 'Asia/Jakarta'],
    ['Krasnoyarsk', 'Asia/Krasnoyarsk'],
    ['Novosibirsk', 'Asia/Novosibirsk'],
    ['Beijing', 'Asia/Shanghai'],
    ['Chongqing', 'Asia/Chongqing'],
    ['Hong Kong', 'Asia/Hong_Kong'],
    ['Irkutsk', 'Asia/Irkutsk'],
    ['Kuala Lumpur', 'Asia/Kuala_Lumpur'],
    ['Perth', 'Australia/Perth'],
    ['Singapore', 'Asia/Singapore'],
    ['Taipei', 'Asia/Taipei'],
    ['Ulaanbaatar', 'Asia/Ulaanbaatar'],
    ['Osaka', 'Asia/Tokyo'],
    ['Sapporo', 'Asia/Tokyo'],
    ['Seoul', 'Asia/Seoul'],
    ['Tokyo', 'Asia/Tokyo'],
    ['Yakutsk', 'Asia/Yakutsk'],
    ['Adelaide', 'Australia/Adelaide'],
    ['Darwin', 'Australia/Darwin'],
    ['Brisbane', 'Australia/Brisbane'],
    ['Canberra', 'Australia/Canberra'],
    ['Guam', 'Pacific/Guam'],
    ['Hobart', 'Australia/Hobart'],
    ['Melbourne', 'Australia/Melbourne'],
    ['Port Moresby', 'Pacific/Port_Moresby'],
    ['Sydney', 'Australia/Sydney'],
    ['Vladivostok', 'Asia/Vladivostok'],
    ['Magadan', 'Asia/Magadan'],
    ['New Caledonia', 'Pacific/Noumea'],
    ['Solomon Is.', 'Pacific/Guadalcanal'],
    ['Srednekolymsk', 'Asia/Srednekolymsk'],
    ['Auckland', 'Pacific/Auckland'],
    ['Fiji', 'Pacific/Fiji'],
    ['Kamchatka', 'Asia/Kamchatka'],
    ['Marshall Is.', 'Pacific/Majuro'],
    ['Wellington', 'Pacific/Auckland'],
    ['Chatham Is.', 'Pacific/Chatham'],
    ["Nuku'alofa", 'Pacific/Tongatapu'],
    ['Samoa', 'Pacific/Apia'],
    ['Tokelau Is.', 'Pacific/Fakaofo'],
];

/** Old spellings of IANA zones (links) that contracts or help desks may use, to their current id. */
const IANA_LINKS: Readonly<Record<string, string>> = {
    'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
    'America/Godthab': 'America/Nuuk',
    'Europe/Kiev': 'Europe/Kyiv',
    'Asia/Calcutta': 'Asia/Kolkata',
    'Asia/Saigon': 'Asia/Ho_Chi_Minh',
    'Asia/Katmandu': 'Asia/Kathmandu',
    UTC: 'Etc/UTC',
    'Etc/GMT': 'Etc/UTC',
    GMT: 'Etc/UTC',
    'Brazil/East': 'America/Sao_Paulo',
    'US/Eastern': 'America/New_York',
    'US/Central': 'America/Chicago',
    'US/Mountain': 'America/Denver',
    'US/Pacific': 'America/Los_Angeles',
};

export function canonicalZone(zone: string): string {
    return IANA_LINKS[zone] ?? zone;
}

/** The IANA zone a Rails name stands for, or undefined for a name Rails does not know. */
export function ianaOfRailsZone(rails: string): string | undefined {
    return RAILS_ZONES.find(([name]) => name === rails)?.[1];
}

export type RailsZoneChoice = { kind: 'found'; rails: string } | { kind: 'none'; nearest: string[] };

/**
 * The Rails name of an IANA zone: the one named after the zone's own city when several share it
 * ("London" rather than "Edinburgh", "Mexico City" rather than "Guadalajara"), else the first in Rails' order.
 * Without one, the nearest three by their offsets over `year` (same offsets all year first).
 */
export function railsZoneOf(zone: string, year: number): RailsZoneChoice {
    const wanted = canonicalZone(zone);
    const names = RAILS_ZONES.filter(([, iana]) => iana === wanted).map(([rails]) => rails);
    if (names.length > 0) {
        const city = (wanted.split('/').pop() ?? '').replace(/_/g, ' ');
        return { kind: 'found', rails: names.find((n) => n === city) ?? names[0]! };
    }
    return { kind: 'none', nearest: nearestRailsZones(wanted, year) };
}

/** A zone's offsets twice a week over a year: enough to see any DST rule, cheap for every Rails zone. */
function offsetSamples(zone: string, year: number): number[] {
    const luxonZone = IANAZone.create(zone);
    const start = Date.UTC(year, 0, 1);
    const samples: number[] = [];
    for (let k = 0; k < 105; k++) samples.push(luxonZone.offset(start + k * 3.5 * DAY_MS));
    return samples;
}

function nearestRailsZones(zone: string, year: number): string[] {
    if (!IANAZone.isValidZone(zone)) return [];
    const own = offsetSamples(zone, year);
    const scored = RAILS_ZONES.filter(([, iana]) => IANAZone.isValidZone(iana)).map(([rails, iana], index) => ({
        rails,
        index,
        // 0 when the two zones keep the same clock all year.
        distance: offsetSamples(iana, year).reduce((sum, offset, k) => sum + Math.abs(offset - own[k]!), 0),
    }));
    scored.sort((x, y) => x.distance - y.distance || x.index - y.index);
    return scored.slice(0, 3).map((s) => s.rails);
}
