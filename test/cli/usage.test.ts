import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pacto, ROOT } from './pacto-process.js';

const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('pacto usage', () => {
    it('prints the package version', () => {
        expect(pacto(['--version'])).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: '' });
    });

    it('lists the commands, options and exit statuses in --help', () => {
        const run = pacto(['--help']);
        expect(run.status).toBe(0);
        expect(run.stderr).toBe('');
        expect(run.stdout).toContain(`pacto ${VERSION}: SLA contracts as code\n\nUsage: pacto COMMAND [OPTIONS] [ARGUMENTS]\n`);
        expect(run.stdout).toContain(
            '\nCommands:\n' +
                '  check      check contracts for errors and warnings\n' +
                "  deadline   compute a ticket's response and resolution deadlines and escalations\n" +
                '  elapsed    measure the open (business) time of a calendar between two instants\n' +
                '  simulate   simulate a scenario of tickets: will the contract hold?\n' +
                '  export     write the contract as JSON, Markdown, HTML or a PDF for signing\n' +
                '  report     measure a ticket history against the contract: objectives, breaches, credits owed\n' +
                '  calibrate  fit a simulation scenario to a ticket history\n' +
                '  conform    compare a Zendesk or Freshdesk configuration with the contract\n' +
                '  help       show help for a command\n',
        );
        expect(run.stdout).toContain('\n  --version    print the version\n');
        expect(run.stdout).toContain(
            'Exit status: 0 success, 1 the contract has errors, 2 bad usage or unreadable file, 70 internal error\n' +
                '(a bug in pacto: set PACTO_DEBUG=1 to include the stack trace in a bug report).\n',
        );
        expect(pacto(['-h']).stdout).toBe(run.stdout);
        expect(pacto(['help']).stdout).toBe(run.stdout);
    });

    it('shows a command help the same way from `help CMD`, `CMD --help` and `CMD -h`', () => {
        const run = pacto(['help', 'check']);
        expect(run.status).toBe(0);
        expect(run.stdout.startsWith('Usage: pacto check [--format text|json] FILE|DIRECTORY...\n')).toBe(true);
        expect(run.stdout).toContain('  --format json   one JSON array on stdout');
        expect(pacto(['check', '--help'])).toEqual(run);
        expect(pacto(['check', '-h', 'ignored.pacto'])).toEqual(run);
    });

    it('exits 2 with the general help on stderr when run bare', () => {
        const run = pacto([]);
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe(pacto(['--help']).stdout);
    });

    it('rejects unknown commands and options with one line pointing at --help', () => {
        expect(pacto(['chek', 'examples'])).toEqual({
            status: 2,
            stdout: '',
            stderr: "pacto: unknown command 'chek'; did you mean 'check'? (see 'pacto --help')\n",
        });
        expect(pacto(['frobnicate'])).toEqual({ status: 2, stdout: '', stderr: "pacto: unknown command 'frobnicate' (see 'pacto --help')\n" });
        expect(pacto(['--verbose'])).toEqual({ status: 2, stdout: '', stderr: "pacto: unknown option '--verbose' (see 'pacto --help')\n" });
        expect(pacto(['check', '--strict', 'examples'])).toEqual({
            status: 2,
            stdout: '',
            stderr: "pacto: unknown option '--strict' for 'check' (see 'pacto check --help')\n",
        });
        expect(pacto(['check', '--help=yes'])).toEqual({
            status: 2,
            stdout: '',
            stderr: "pacto: option '--help' takes no value (see 'pacto check --help')\n",
        });
        expect(pacto(['help', 'chek'])).toEqual({
            status: 2,
            stdout: '',
            stderr: "pacto: unknown command 'chek'; did you mean 'check'? (see 'pacto --help')\n",
        });
    });
});
