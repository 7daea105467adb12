import { Client } from 'pg';
import { generatePassword } from '@kntc/access';
import {
  addDays,
  vietnamCalendar,
  vietnamDateOf,
  type HolidayAnnouncement,
  type IsoDate,
  type WorkingCalendar,
} from '@kntc/domain';
// One hash for every synthetic officer, made the way the access services make them.
import { PasswordHasher } from '../../../access/src/passwords/password-hasher';
import { copyIn } from './copy-in';
import { Random } from './random';
import type { DatedMark } from './scenario-run';
import {
  CASE_KIND_WEIGHTS,
  PETITIONS_WITHOUT_CASE_PER_CASE,
  SCENARIOS,
  type HolderClass,
  type Scenario,
  type ScenarioGroup,
} from './scenarios';
import {
  DISTRICTS_ABOLISHED_ON,
  insertProvince,
  loadProvince,
  planProvince,
  type SyntheticAuthority,
  type SyntheticProvince,
} from './synthetic-province';
import {
  buildTemplate,
  render,
  TABLE_NAMES,
  TABLES,
  targetClassOf,
  valuesOf,
  type TableName,
  type Template,
} from './templates';

export interface SyntheticSeedOptions {
  /** PostgreSQL URL of a migrated database. */
  url: string;
  /** Cases (vụ việc) to add; as many đơn that end without a case come with them. */
  cases: number;
  /** The province-year: streams start from 1 October of the year before, and stop at 31 December (or yesterday). */
  year: number;
  /** Seed of the generator: same seed, same database state, same data. */
  seed: string;
  /** Code of the province (created when missing, grown otherwise). Default `SYN-<year>`. */
  provinceCode?: string;
  communes?: number;
  agencies?: number;
  districts?: number;
  /** Distinct templates per start day and group (more: more variety, slower). */
  templatesPerDay?: number;
  /** Streams per transaction. */
  batchSize?: number;
  /** Today, for the horizon of the current year (tests pin it). */
  now?: Date;
  log?: (line: string) => void;
  /** Keep what each instance was meant to show (tests compare it with the report). */
  collectInstances?: boolean;
}

export interface SeededInstance {
  scenario: string;
  group: ScenarioGroup;
  holderClass: HolderClass;
  holderId: string;
  hasCase: boolean;
  marks: DatedMark[];
}

export interface SyntheticSeedReport {
  province: { id: string; code: string; name: string; created: boolean };
  year: number;
  horizon: IsoDate;
  cases: number;
  petitions: number;
  rows: Record<TableName, number>;
  totalRows: number;
  templates: number;
  /** Whether the foreign keys were checked row by row, or set-wise after the copy (superuser). */
  foreignKeys: 'per_row' | 'after_copy';
  seconds: { total: number; templates: number; writing: number };
  rowsPerSecond: number;
  instances?: SeededInstance[];
}

interface Planned {
  template: Template;
  holder: SyntheticAuthority;
  target: SyntheticAuthority;
}

const SUBJECTS: readonly (readonly [string, number])[] = [
  ['dat_dai', 48],
  ['nha_o', 10],
  ['chinh_sach_xa_hoi', 9],
  ['moi_truong', 7],
  ['xay_dung', 7],
  ['can_bo_cong_chuc', 5],
  ['hanh_chinh', 4],
  ['lao_dong', 2],
  ['tai_chinh_thue', 2],
  ['tu_phap', 2],
  ['giao_duc', 1],
  ['y_te', 1],
  ['doanh_nghiep', 1],
  ['khac', 1],
];
const SUMMARY_OF: Record<string, string> = {
  dat_dai: 'Đơn về bồi thường, hỗ trợ khi thu hồi đất (giả lập)',
  nha_o: 'Đơn về cấp giấy chứng nhận quyền sở hữu nhà ở (giả lập)',
  chinh_sach_xa_hoi: 'Đơn về chế độ chính sách xã hội (giả lập)',
  moi_truong: 'Đơn về ô nhiễm môi trường khu dân cư (giả lập)',
  xay_dung: 'Đơn về cấp phép, trật tự xây dựng (giả lập)',
  can_bo_cong_chuc: 'Đơn về hành vi của cán bộ, công chức (giả lập)',
  hanh_chinh: 'Đơn về thủ tục hành chính (giả lập)',
  lao_dong: 'Đơn về quan hệ lao động, tiền lương (giả lập)',
  tai_chinh_thue: 'Đơn về thuế, phí, lệ phí (giả lập)',
  tu_phap: 'Đơn về hộ tịch, chứng thực (giả lập)',
  giao_duc: 'Đơn về giáo dục, học phí (giả lập)',
  y_te: 'Đơn về khám chữa bệnh, bảo hiểm y tế (giả lập)',
  doanh_nghiep: 'Đơn về hoạt động của doanh nghiệp (giả lập)',
  khac: 'Đơn về nội dung khác (giả lập)',
};

/** Where a stream starts, before and after the districts were abolished. */
function holderWeights(start: IsoDate, withDistricts: boolean): readonly (readonly [HolderClass, number])[] {
  return withDistricts && start < DISTRICTS_ABOLISHED_ON
    ? [
        ['province', 5],
        ['agency', 20],
        ['district', 30],
        ['commune', 40],
        ['remote_commune', 5],
      ]
    : [
        ['province', 5],
        ['agency', 20],
        ['commune', 67],
        ['remote_commune', 8],
      ];
}

/** Working days from 1 October of the year before to the horizon; the previous quarter weighs less (fewer carried over). */
function startDays(calendar: WorkingCalendar, year: number, horizon: IsoDate): { day: IsoDate; weight: number }[] {
  const days: { day: IsoDate; weight: number }[] = [];
  for (let d: IsoDate = `${year - 1}-10-01`; d <= horizon; d = addDays(d, 1)) {
    if (calendar.isWorkingDay(d)) days.push({ day: d, weight: d < `${year}-01-01` ? 0.4 : 1 });
  }
  return days;
}

/** Integer counts proportional to the weights, summing to `total` (largest remainders). */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0, left = total - counts.reduce((a, b) => a + b, 0); k < left; k++) counts[order[k % order.length][1]]++;
  return counts;
}

/**
 * Fills a database with synthetic province-years: a province, its agencies, ~100 communes (and
 * districts before July 2025), and for each requested case a đơn that became a case, plus as
 * many đơn that ended otherwise, in the proportions of SCENARIOS. Every stream is played through
 * the simulated write path (the engine's machines, projection, custody, sweeper and audit-fact
 * versioning), once per scenario, authority class and start day, and the rows are copied per
 * instance with its own ids, codes and authorities; the audit facts are the ones the projector
 * would have kept, so a rebuild from the event log gives them back (test/medium/audit-synthetic).
 */
export async function seedSynthetic(options: SyntheticSeedOptions): Promise<SyntheticSeedReport> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const client = new Client({ connectionString: options.url, application_name: 'kntc-seed-synthetic' });
  await client.connect();
  try {
    return await seed(client, options, log, started);
  } finally {
    await client.end();
  }
}

async function seed(
  client: Client,
  options: SyntheticSeedOptions,
  log: (line: string) => void,
  started: number,
): Promise<SyntheticSeedReport> {
  const { year } = options;
  const code = options.provinceCode ?? `SYN-${year}`;
  const { rows: announcements } = await client.query<{ announcement: HolidayAnnouncement }>(
    'SELECT announcement FROM calendar_announcement ORDER BY year, occasion, name',
  );
  // The same calendar as CalendarService: built-in data plus the stored announcements.
  const calendar = vietnamCalendar({ announcements: announcements.map((r) => r.announcement) });
  const today = vietnamDateOf((options.now ?? new Date()).toISOString());
  const horizon: IsoDate = `${year}-12-31` < today ? `${year}-12-31` : addDays(today, -1);
  if (horizon < `${year - 1}-10-01`) throw new Error(`the year ${year} has not started yet`);
  // Streams start on 1 October of the year before; the encoded rules begin on 10 December 2020.
  if (year < 2022) throw new Error(`the synthetic year must be 2022 or later (got ${year})`);

  let province = await loadProvince(client, code);
  const created = !province;
  if (!province) {
    const plan = planProvince(
      {
        code,
        year,
        communes: options.communes ?? 100,
        agencies: options.agencies ?? 20,
        districts: options.districts ?? 8,
      },
      new Random(`${options.seed}|province|${code}`),
    );
    const hash = await new PasswordHasher().hash(generatePassword(32));
    await client.query('BEGIN');
    province = await insertProvince(client, plan, hash, new Random(`${options.seed}|officers|${code}`));
    await client.query('COMMIT');
    log(`created ${code}: ${plan.length} authorities, ${plan.length * 3} officers`);
  }
  const [{ n: existing }] = (
    await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM petition WHERE receiving_authority_id = ANY($1::uuid[])`,
      [province.authorities.map((a) => a.id)],
    )
  ).rows;
  // Growing a province draws new ids: the stream so far is part of the seed.
  const random = new Random(`${options.seed}|streams|${code}|${existing}`);
  const withDistricts = province.authorities.some((a) => a.holderClass === 'district');
  const petitionsWithoutCase = Math.round(options.cases * PETITIONS_WITHOUT_CASE_PER_CASE);
  const total = options.cases + petitionsWithoutCase;

  const days = startDays(calendar, year, horizon);
  const perDay = apportion(
    total,
    days.map((d) => d.weight),
  );
  // Exactly `cases` streams of the case groups (split by kind) and the đơn without a case, shuffled.
  const GROUPS: ScenarioGroup[] = [...CASE_KIND_WEIGHTS.map(([g]) => g), 'petition'];
  const groupCounts = [
    ...apportion(
      options.cases,
      CASE_KIND_WEIGHTS.map(([, w]) => w),
    ),
    petitionsWithoutCase,
  ];
  const groups = new Uint8Array(total);
  for (let g = 0, at = 0; g < GROUPS.length; at += groupCounts[g], g++) groups.fill(g, at, at + groupCounts[g]);
  for (let i = groups.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    const t = groups[i];
    groups[i] = groups[j];
    groups[j] = t;
  }
  const scenariosOf = (group: ScenarioGroup) => SCENARIOS.filter((s) => s.group === group);

  const foreignKeysSkipped = await skipForeignKeyTriggers(client);
  const sequences = new Client({ connectionString: options.url, application_name: 'kntc-seed-synthetic-ids' });
  await sequences.connect();
  // Without the reference triggers the tables need not be written in one transaction: half of
  // them go through a second connection, so PostgreSQL works on two cores.
  const second = foreignKeysSkipped
    ? new Client({ connectionString: options.url, application_name: 'kntc-seed-synthetic-log' })
    : undefined;
  if (second) {
    await second.connect();
    await skipForeignKeyTriggers(second);
  }
  try {
    // Codes and event ids come from the engine's own sequences.
    const petitionSeq = await reserve(sequences, 'petition_number_seq', total);
    const caseSeq = await reserve(sequences, 'case_number_seq', options.cases);

    const world = { calendar, province, horizon, seed: options.seed };
    const templates = templatesFor(`${options.seed}|${province.province.id}|${horizon}|${announcements.length}`);
    let templateMs = 0;
    const templateFor = (scenario: Scenario, holderClass: HolderClass, start: IsoDate) => {
      const key = `${scenario.key}|${holderClass}|${start}`;
      let t = templates.get(key);
      if (!t) {
        const t0 = performance.now();
        t = buildTemplate(world, scenario, holderClass, start);
        templateMs += performance.now() - t0;
        templates.set(key, t);
      }
      return t;
    };
    const perTemplateDay = options.templatesPerDay ?? 12;

    const rows = Object.fromEntries(TABLE_NAMES.map((t) => [t, 0])) as Record<TableName, number>;
    const instances: SeededInstance[] = [];
    let nextPetition = petitionSeq;
    let nextCase = caseSeq;
    let writing: Promise<void> = Promise.resolve();
    let writeMs = 0;
    let done = 0;
    const batchSize = options.batchSize ?? 4000;
    let batch: Planned[] = [];
    // The rows go out as the socket drains, which needs the event loop: give it a turn every few
    // milliseconds of generation, so PostgreSQL (on the other core) never waits for us.
    let lastYield = performance.now();
    const yieldToIo = async () => {
      if (performance.now() - lastYield < 5) return;
      await new Promise((resolve) => setImmediate(resolve));
      lastYield = performance.now();
    };

    let written = 0;
    const flush = async () => {
      const planned = batch;
      batch = [];
      const chunk = await renderBatch(
        sequences,
        planned,
        random,
        province,
        { petitionCode: () => nextPetition++, caseCode: () => nextCase++ },
        yieldToIo,
      );
      for (const t of TABLE_NAMES) rows[t] += chunk.counts[t];
      const chunkRows = Object.values(chunk.counts).reduce((a, b) => a + b, 0);
      await writing;
      const t0 = performance.now();
      const writes = second
        ? Promise.all([
            writeBatch(client, chunk.text, { tables: STREAM_TABLES, staged: false }),
            writeBatch(second, chunk.text, { tables: LOG_TABLES, staged: false }),
          ])
        : writeBatch(client, chunk.text, { tables: TABLE_NAMES, staged: true });
      writing = writes.then(() => {
        writeMs += performance.now() - t0;
        done += planned.length;
        written += chunkRows;
        const seconds = (performance.now() - started) / 1000;
        log(
          `${done.toLocaleString('en')} / ${total.toLocaleString('en')} streams, ${written.toLocaleString('en')} rows, ` +
            `${Math.round(written / seconds).toLocaleString('en')} rows/s, ${templates.size} templates`,
        );
      });
      // Awaited at the next flush; a failure must not go unhandled meanwhile.
      writing.catch(() => undefined);
    };

    let next = 0;
    for (let d = 0; d < days.length; d++) {
      const start = days[d].day;
      // A few templates per group and day, drawn by weight; the day's instances share them, and
      // each is played through the write path when first used.
      const prototypes = new Map<ScenarioGroup, [Scenario, HolderClass][]>();
      const prototypeOf = (group: ScenarioGroup): Template => {
        let list = prototypes.get(group);
        if (!list) {
          list = [];
          const classesOf = (s: Scenario) =>
            holderWeights(start, withDistricts).filter(([c]) => s.holders.includes(c) && (s.when?.(c, start) ?? true));
          const candidates = scenariosOf(group)
            .filter((s) => classesOf(s).length > 0)
            .map((s) => [s, s.weight] as const);
          for (let k = 0; k < perTemplateDay; k++) {
            const scenario = random.weighted(candidates);
            list.push([scenario, random.weighted(classesOf(scenario))]);
          }
          prototypes.set(group, list);
        }
        const [scenario, holderClass] = random.pick(list);
        return templateFor(scenario, holderClass, start);
      };
      for (let i = 0; i < perDay[d]; i++) {
        const group = GROUPS[groups[next++]];
        const template = prototypeOf(group);
        const holder =
          template.holderClass === 'province'
            ? province.province
            : random.pick(province.byClass.get(template.holderClass)!);
        const target = random.pick(targetsOf(province, template.holderClass));
        batch.push({ template, holder, target });
        if (options.collectInstances) {
          instances.push({
            scenario: template.scenario.key,
            group,
            holderClass: template.holderClass,
            holderId: holder.id,
            hasCase: template.hasCase,
            marks: template.marks,
          });
        }
        if (batch.length >= batchSize) await flush();
        else await yieldToIo();
      }
    }
    if (batch.length > 0) await flush();
    await writing;
    const analyzeStarted = performance.now();
    if (foreignKeysSkipped) {
      await client.query(`SET session_replication_role = DEFAULT`);
      await checkReferences(client);
    }
    await client.query(
      `ANALYZE petition, kntc_case, case_petition, domain_event, custody_period, audit_petition_fact, audit_case_fact`,
    );
    writeMs += performance.now() - analyzeStarted;

    const totalRows = Object.values(rows).reduce((a, b) => a + b, 0);
    const seconds = (performance.now() - started) / 1000;
    return {
      province: { id: province.province.id, code: province.province.code, name: province.province.name, created },
      year,
      horizon,
      cases: rows.kntc_case,
      petitions: rows.petition,
      rows,
      totalRows,
      templates: templates.size,
      foreignKeys: foreignKeysSkipped ? 'after_copy' : 'per_row',
      seconds: { total: seconds, templates: templateMs / 1000, writing: writeMs / 1000 },
      rowsPerSecond: totalRows / seconds,
      ...(options.collectInstances ? { instances } : {}),
    };
  } finally {
    await sequences.end();
    await second?.end();
  }
}

/**
 * Templates of the last province seeded by this process: growing it again reuses them (same
 * seed, province, horizon and calendar announcements give the same templates).
 */
let templateCache: { key: string; templates: Map<string, Template> } | undefined;
function templatesFor(key: string): Map<string, Template> {
  if (templateCache?.key !== key) templateCache = { key, templates: new Map() };
  return templateCache.templates;
}

/** Commune targets are never remote ones (the templates assume the ordinary periods there). */
function targetsOf(province: SyntheticProvince, holderClass: HolderClass): SyntheticAuthority[] {
  return province.byClass.get(targetClassOf(holderClass))!;
}

/**
 * Reserves `n` values of a sequence in one statement; returns the first. Not atomic against
 * another session calling nextval between the two calls: seed a database nobody writes to.
 */
async function reserve(client: Client, sequence: string, n: number): Promise<number> {
  const [{ first }] = (
    await client.query<{ first: string }>(`SELECT setval($1, nextval($1) + $2 - 1) - $2 + 1 AS first`, [
      sequence,
      Math.max(1, n),
    ])
  ).rows;
  return Number(first);
}

interface RenderedBatch {
  text: Record<TableName | 'staged_petition', string>;
  counts: Record<TableName, number>;
}

async function renderBatch(
  client: Client,
  planned: Planned[],
  random: Random,
  province: SyntheticProvince,
  codes: { petitionCode: () => number; caseCode: () => number },
  yieldToIo: () => Promise<unknown>,
): Promise<RenderedBatch> {
  const events = planned.reduce((n, p) => n + p.template.events, 0);
  const firstEvent = await reserve(client, 'domain_event_id_seq', events);
  const out = Object.fromEntries([...TABLE_NAMES, 'staged_petition'].map((t) => [t, [] as string[]])) as Record<
    TableName | 'staged_petition',
    string[]
  >;
  let eventId = firstEvent;
  for (const { template, holder, target } of planned) {
    const subject = random.weighted(SUBJECTS);
    const values = valuesOf({
      holder: holder.id,
      target: target.id,
      successor: holder.successorId ?? '',
      userOf: (id, role) => province.userOf(id, role),
      petitionId: random.uuid(),
      caseId: template.hasCase ? random.uuid() : '',
      petitionCode: `DON-${template.petitionYear}-${String(codes.petitionCode()).padStart(6, '0')}`,
      caseCode: template.hasCase ? `VV-${template.caseYear}-${String(codes.caseCode()).padStart(6, '0')}` : '',
      subject,
      summary: SUMMARY_OF[subject],
      firstEventId: eventId,
    });
    for (const table of TABLE_NAMES) {
      // A đơn that opened a case goes in with its case, in one statement (the two rows refer to each other).
      const into = table === 'petition' && template.hasCase ? 'staged_petition' : table;
      render(template.lines[table], values, eventId, out[into]);
    }
    eventId += template.events;
    await yieldToIo();
  }
  const counts = Object.fromEntries(TABLE_NAMES.map((t) => [t, out[t].length])) as Record<TableName, number>;
  counts.petition += out.staged_petition.length;
  return {
    text: Object.fromEntries(Object.entries(out).map(([t, lines]) => [t, lines.join('')])) as RenderedBatch['text'],
    counts,
  };
}

/** The two halves of a batch when two connections write it (about as many rows each). */
const STREAM_TABLES: readonly TableName[] = [
  'petition',
  'kntc_case',
  'case_petition',
  'custody_period',
  'audit_petition_fact',
];
const LOG_TABLES: readonly TableName[] = ['domain_event', 'audit_case_fact'];

/**
 * One transaction per batch and connection. With the reference triggers on (`staged`), a đơn
 * that opened a case goes in with its case in one statement (the two rows refer to each other),
 * from staging tables; with them off, everything is copied straight in.
 */
async function writeBatch(
  client: Client,
  text: RenderedBatch['text'],
  { tables, staged }: { tables: readonly TableName[]; staged: boolean },
): Promise<void> {
  await client.query('BEGIN');
  try {
    if (tables.includes('petition')) {
      if (staged) {
        await client.query(
          `CREATE TEMP TABLE IF NOT EXISTS syn_petition (LIKE petition) ON COMMIT DELETE ROWS;
           CREATE TEMP TABLE IF NOT EXISTS syn_case (LIKE kntc_case) ON COMMIT DELETE ROWS`,
        );
        await copyIn(client, 'syn_petition', TABLES.petition, text.staged_petition);
        await copyIn(client, 'syn_case', TABLES.kntc_case, text.kntc_case);
        const p = TABLES.petition.join(', ');
        const c = TABLES.kntc_case.join(', ');
        await client.query(
          `WITH p AS (INSERT INTO petition (${p}) SELECT ${p} FROM syn_petition),
                c AS (INSERT INTO kntc_case (${c}) SELECT ${c} FROM syn_case)
           SELECT 1`,
        );
      } else {
        await copyIn(client, 'petition', TABLES.petition, text.staged_petition);
        await copyIn(client, 'kntc_case', TABLES.kntc_case, text.kntc_case);
      }
    }
    for (const table of tables) {
      if (table !== 'kntc_case') await copyIn(client, table, TABLES[table], text[table]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * Bulk loads skip the foreign-key triggers when the role may (superuser: the embedded server),
 * as pg_restore --disable-triggers does; the references are then checked once, set-wise, at the
 * end. Elsewhere every row is checked as it goes in (slower).
 */
async function skipForeignKeyTriggers(client: Client): Promise<boolean> {
  try {
    await client.query(`SET session_replication_role = replica`);
    return true;
  } catch {
    return false;
  }
}

const REFERENCE_CHECKS: [string, string][] = [
  [
    'petition → authority',
    `SELECT count(*)::int AS n FROM petition p WHERE NOT EXISTS (SELECT 1 FROM authority a WHERE a.id = p.holder_authority_id) OR NOT EXISTS (SELECT 1 FROM authority a WHERE a.id = p.receiving_authority_id)`,
  ],
  [
    'petition → kntc_case',
    `SELECT count(*)::int AS n FROM petition p WHERE p.case_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM kntc_case c WHERE c.id = p.case_id)`,
  ],
  [
    'kntc_case → petition, authority',
    `SELECT count(*)::int AS n FROM kntc_case c WHERE NOT EXISTS (SELECT 1 FROM petition p WHERE p.id = c.origin_petition_id) OR NOT EXISTS (SELECT 1 FROM authority a WHERE a.id = c.holder_authority_id)`,
  ],
  [
    'case_petition → kntc_case, petition',
    `SELECT count(*)::int AS n FROM case_petition l WHERE NOT EXISTS (SELECT 1 FROM kntc_case c WHERE c.id = l.case_id) OR NOT EXISTS (SELECT 1 FROM petition p WHERE p.id = l.petition_id)`,
  ],
  [
    'custody_period → authority',
    `SELECT count(*)::int AS n FROM custody_period k WHERE NOT EXISTS (SELECT 1 FROM authority a WHERE a.id = k.authority_id)`,
  ],
];

/** What the skipped triggers would have checked, for the whole tables. */
async function checkReferences(client: Client): Promise<void> {
  for (const [what, sql] of REFERENCE_CHECKS) {
    const [{ n }] = (await client.query<{ n: number }>(sql)).rows;
    if (n > 0) throw new Error(`synthetic seed: ${n} rows break the reference ${what}`);
  }
}
