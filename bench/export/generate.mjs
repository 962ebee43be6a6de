// A large, realistic contract for the export bench (issue 14): N categories with response and resolution
// targets spread over several calendars with public and own holidays, channels with their own targets,
// objectives, escalations and penalties. Deterministic in N, so two runs export the same text.
//
//   node bench/export/generate.mjs FILE --categories 2000
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CALENDARS = [
    ['Comercial', 'America/Sao_Paulo', 'monday to friday 09:00-18:00\n    saturday 09:00-13:00', 'holidays of "BR" "SP"'],
    ['Oficina', 'America/Caracas', 'monday to friday 08:00-12:00, 13:00-17:00', 'holidays of "VE"'],
    ['Bogota', 'America/Bogota', 'monday to friday 07:00-19:00', 'holidays of "CO"'],
    ['Madrid', 'Europe/Madrid', 'monday to thursday 09:00-18:00\n    friday 08:00-15:00', 'holidays of "ES"'],
];

/** The text of a contract of `categories` categories. */
export function contractText(categories) {
    const out = [
        'contract Grande "Contrato de soporte de gran tamaño" {',
        '  provider "Proveedor Ejemplo S.A."',
        '  customer "Cliente Ejemplo C.A."',
        '  term 2026-01-01 to 2026-12-31',
        '  fee 12000 USD monthly',
        '  locale "es"',
        '',
        '  service "Mesa de ayuda" {',
        '    "Soporte de aplicaciones por correo, teléfono y portal."',
        '  }',
    ];
    for (const [name, zone, hours, holidays] of CALENDARS) {
        out.push(`  calendar ${name} {`, `    time zone "${zone}"`, `    ${hours}`, `    ${holidays}`, '    holiday 2026-12-24 "Nochebuena"', '    holiday 2026-12-31 "Fin de año"', '  }');
    }
    out.push('  calendar Guardia {', '    time zone "America/Caracas"', '    every day 00:00-24:00', '  }', '  default calendar Comercial', '');
    out.push('  channel Portal hours Comercial', '  channel Telefono "Teléfono de guardia" hours Guardia', '');
    for (let i = 0; i < categories; i++) {
        const [calendar] = CALENDARS[i % CALENDARS.length];
        const lines = [`  category C${i} "Categoría ${i}" {`, `    priority ${1 + (i % 4)}`];
        if (i % 7 === 0) lines.push(`    response within ${15 + (i % 4) * 15} minutes`, `    resolution within ${2 + (i % 10)} hours`);
        else lines.push(`    response within ${1 + (i % 4)} business hours on ${calendar}`, `    resolution within ${4 + (i % 40)} business hours on ${calendar}`);
        if (i % 5 === 0) lines.push('    via Telefono { response within 30 minutes }');
        lines.push('  }');
        out.push(...lines);
    }
    out.push(
        '',
        '  objective Respuesta "Primera respuesta a tiempo" { 95% of responses on time per month }',
        '  objective Resolucion "Resolución a tiempo" { 90% of resolutions on time per month }',
        '  objective Disponibilidad "Disponibilidad mensual" { availability 99.5% per month }',
        '  objective Satisfaccion "Satisfacción" { satisfaction at least 4.2 of 5 per month }',
        '',
    );
    // An escalation for one category in ten, as a contract escalates its severe categories only.
    for (let i = 0; i < categories; i += 10) {
        out.push(`  escalation for C${i} {`, '    at 50% of resolution notify "Coordinador" "coord@ejemplo.example"', '    at 100% of resolution notify "Gerente" "gerente@ejemplo.example"', '  }');
    }
    out.push(
        '',
        '  penalties {',
        '    when Disponibilidad below 99.5% credit 10% of fee',
        '    when Resolucion below 90% credit 5% of fee',
        '    when Respuesta below 90% credit 3% of fee',
        '    per breach of C0 resolution pay 200 USD',
        '    cap 30% of fee per month',
        '  }',
        '}',
    );
    return `${out.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const file = process.argv[2];
    const at = process.argv.indexOf('--categories');
    const n = at > 0 ? Number(process.argv[at + 1]) : 2000;
    if (!file || !Number.isInteger(n) || n < 1) {
        console.error('usage: node bench/export/generate.mjs FILE --categories N');
        process.exit(2);
    }
    writeFileSync(file, contractText(n));
    console.log(JSON.stringify({ categories: n }));
}
