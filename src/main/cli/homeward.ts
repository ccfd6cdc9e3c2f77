#!/usr/bin/env node
/**
 * `homeward`: the command line for batch work and scripts. Every command runs the same
 * backend as the app, through the same contract and permissions.
 */
import { Command, Option } from 'commander';
import { action, runProgram } from './command-kit';
import { INSTITUTION_TYPES } from '../../shared/domain/institution';
import { init } from './commands/init';
import { exportChildren, importChildren, listChildren } from './commands/children';
import { exportCases, importCases } from './commands/cases';
import { auditVerify, backup, restore, serve } from './commands/maintenance';
import { match, snapshotImport, snapshotStatus } from './commands/matches';
import { deadlines } from './commands/deadlines';
import { updateCheck } from './commands/update';
import { purgeConfirm, purgeList, purgeReject, purgeRequest } from './commands/purge';
import { APP_VERSION } from '../sync/format/manifest';
import { print } from './commands/print';
import { PRINTABLES } from '../../shared/domain/printing';
import { keysCreate, keysEnroll, keysRotate, keysShow, syncExport, syncImportReceipt, syncStatus, trustImport } from './commands/sync';

/**
 * --data, --user and --password-file are accepted before or after the subcommand: each
 * command declares them too, and optsWithGlobals() merges both places.
 */
function common(cmd: Command): Command {
  return cmd
    .option('--data <dir>', 'data folder (default: the desktop app’s, or HOMEWARD_DATA)')
    .option('--user <name>', 'sign in as this user (or HOMEWARD_USER)')
    .option('--password-file <file>', 'file whose first line is the password (or HOMEWARD_PASSWORD)');
}


const program = common(new Command('homeward'))
  .description('Homeward: offline case records for child care institutions, JJBs and CWCs')
  .version(APP_VERSION)
  .showHelpAfterError();

common(program.command('init'))
  .description('set up Homeward in a data folder (non-interactive)')
  .requiredOption('--institution-name <name>', 'name of the institution')
  .addOption(new Option('--institution-type <type>', 'type under the JJ Act').choices([...INSTITUTION_TYPES]).makeOptionMandatory())
  .option('--registration-no <no>', 'registration number (s.41)')
  .requiredOption('--state <state>', 'state or union territory')
  .requiredOption('--district <district>', 'district')
  .requiredOption('--admin <user>', 'username of the first administrator')
  .option('--admin-name <name>', 'display name of the first administrator')
  .option('--recovery-key-out <file>', 'write the recovery key to this file instead of the screen')
  .action(action(init));

const children = program.command('children').description('the child register');
common(children.command('list'))
  .description('list children (names of children in conflict with law withheld unless your role may see them)')
  .option('--json', 'print JSON')
  .option('--query <text>', 'search by name, alias or admission number')
  .option('--category <CNCP|CCL>', 'only this category')
  .action(action(listChildren));
common(children.command('import <file>'))
  .description('import a register (.csv or .xlsx, see docs/formats/children-csv.md); all rows or none')
  .action(action(importChildren));
common(children.command('export <file>'))
  .description('export the register as CSV in the import template')
  .action(action(exportChildren));

const cases = program.command('cases').description('cases before the Juvenile Justice Board and the Child Welfare Committee');
common(cases.command('import <file>'))
  .description('import a cases register (.csv or .xlsx, see docs/formats/cases-csv.md); all rows or none')
  .action(action(importCases));
common(cases.command('export <file>'))
  .description('export the cases as CSV in the import template (children by admission number only)')
  .option('--authority <jjb|cwc>', 'only the Board’s or the Committee’s')
  .action(action(exportCases));

const audit = program.command('audit').description('the audit trail');
common(audit.command('verify'))
  .description('check the hash-chained journal and that no record was changed outside Homeward')
  .option('--json', 'print JSON')
  .action(action(auditVerify));

common(program.command('backup'))
  .description('write an encrypted backup (database and key slots) to a file')
  .requiredOption('--out <file>', 'backup file to write')
  .action(action(backup));

common(program.command('restore <file>'))
  .description('restore a backup into the data folder (the current database is kept aside)')
  .option('--recovery-key-file <file>', 'open the backup with the recovery key instead of a password')
  .action(action(restore));

common(program.command('serve'))
  .description('run Homeward in a browser on this computer (web mode, loopback only)')
  .option('--port <n>', 'port (default: any free port)')
  .action(action(serve));

const keys = program.command('keys').description('this office’s signing and encryption keys');
common(keys.command('create'))
  .description('create the office’s keys if it has none (sign-in also does this)')
  .action(action(keysCreate));
common(keys.command('show'))
  .description('show the office’s keys and their fingerprints')
  .option('--json', 'print JSON')
  .option('--minisign', 'print the signing key as a minisign public key file')
  .action(action(keysShow));
common(keys.command('rotate'))
  .description('make new keys; the next sync package announces them to the registry')
  .action(action(keysRotate));
common(keys.command('enroll'))
  .description('write an enrollment request for the registry')
  .requiredOption('--out <dir>', 'folder to write it to (e.g. a USB stick)')
  .action(action(keysEnroll));

const trust = program.command('trust').description('the registry’s trust list');
common(trust.command('import <file>'))
  .description('import the registry’s signed trust list')
  .option('--root-fingerprint <hex>', 'the registry’s root key fingerprint, to check the first import against')
  .action(action(trustImport));

const sync = program.command('sync').description('packages to and from the registry');
common(sync.command('export'))
  .description('write a sync package of everything not yet acknowledged; prints its path')
  .requiredOption('--out <dir>', 'folder to write it to (e.g. a USB stick)')
  .action(action(syncExport));
common(sync.command('import-receipt <file>'))
  .description('import the registry’s receipt for a package')
  .action(action(syncImportReceipt));
common(sync.command('status'))
  .description('last export, last receipt, changes waiting')
  .option('--json', 'print JSON')
  .action(action(syncStatus));

const snapshot = program.command('snapshot').description('the registry’s snapshot of missing-child reports');
common(snapshot.command('import <file>'))
  .description('import a snapshot from the registry, then match the children in care against it')
  .action(action(snapshotImport));
common(snapshot.command('status'))
  .description('the snapshot held: version, expiry, reports, last matching run')
  .option('--json', 'print JSON')
  .action(action(snapshotStatus));

common(program.command('match'))
  .description('match the children in care against the snapshot and print the best reports for each (docs/formats/match-json.md)')
  .option('--child <admissionNo>', 'only this child')
  .option('--top <n>', 'reports per child, 1–10 (default 10)')
  .option('--no-rerun', 'print the last run’s results without matching again')
  .option('--json', 'print JSON')
  .action(action(match));

common(program.command('deadlines'))
  .description('due and overdue statutory deadlines (ICP, SIR, production, reviews, follow-ups, turning 18, quarterly report, and each Board or Committee case’s), each with its legal source')
  .option('--mine', 'only the deadlines your role answers for')
  .option('--json', 'print JSON')
  .action(action(deadlines));

const purge = program.command('purge').description('destruction of records ordered by the Juvenile Justice Board (JJ Act s.24): asked by one person, confirmed by another administrator');
common(purge.command('request'))
  .description('ask for a child’s records to be destroyed (JJB clerk or administrator)')
  .requiredOption('--child <admissionNo>', 'the child’s admission number')
  .requiredOption('--order-ref <reference>', 'the Board’s order number')
  .requiredOption('--order-date <dd-mm-yyyy>', 'the date of the order')
  .action(action(purgeRequest));
common(purge.command('list'))
  .description('requests waiting for confirmation, and records already destroyed')
  .option('--json', 'print JSON')
  .action(action(purgeList));
common(purge.command('confirm <requestId>'))
  .description('IRREVERSIBLE: destroy the child’s records (an administrator other than the one who asked)')
  .requiredOption('--admission-no <admissionNo>', 'the child’s admission number, typed again as a check')
  .action(action(purgeConfirm));
common(purge.command('reject <requestId>'))
  .description('refuse a request, with the reason')
  .requiredOption('--reason <text>', 'why')
  .action(action(purgeReject));

const update = program.command('update').description('updates of Homeward itself, from a USB folder');
common(update.command('check'))
  .description('verify the signed update bundle in a folder (signature, versions, installer hash); installs nothing')
  .requiredOption('--from <dir>', 'the folder holding update.json (e.g. on a USB stick)')
  .option('--json', 'print JSON')
  .action(action(updateCheck));
common(program.command('print'))
  .description('print a statutory form or register to a PDF file (A4, Hindi and English labels)')
  .argument('<form>', `what to print: ${PRINTABLES.join(', ')}`)
  .option('--child <admissionNo>', 'the child, by admission number (forms about one child)')
  .option('--from <date|month>', 'first day of the period, dd-mm-yyyy (register); first month, yyyy-mm (disposals)')
  .option('--to <date|month>', 'last day of the period, dd-mm-yyyy (register); last month, yyyy-mm (disposals, at most 24 months)')
  .option('--part <A|B|C|D>', 'one part of the care plan (form7; default: all four)')
  .option('--as-of <date>', 'the care plan as it stood on this day, dd-mm-yyyy (form7; default: as it is now)')
  .option('--quarter <yyyy-Qn>', 'the quarter of the s.40(4) report (quarterly), e.g. 2026-Q3')
  .option('--month <yyyy-mm>', 'the month of the summary (monthly), e.g. 2026-11')
  .option('--case <caseNo>', 'the Board’s or Committee’s case, by case number (form1, form6, form11, form15, form18, form19, form22, form25, form26)')
  .option('--authority <jjb|cwc>', 'the Board or the Committee (cause-list, pendency, disposals; or a case number both use)')
  .option('--date <date>', 'the day of the cause list, dd-mm-yyyy (cause-list)')
  .option('--bench <bench>', 'one bench of the cause list (default: all)')
  .requiredOption('--out <file.pdf>', 'the PDF file to write')
  .action(action(print));

runProgram(program);
