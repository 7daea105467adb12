import type { IsoDate } from '@kntc/domain';
import type { Random } from './random';
import type { ScenarioRun } from './scenario-run';

/** Kinds of authority a synthetic stream starts at (the level and remoteness decide its periods). */
export const HOLDER_CLASSES = ['province', 'agency', 'commune', 'remote_commune', 'district'] as const;
export type HolderClass = (typeof HOLDER_CLASSES)[number];

export type ScenarioGroup = 'petition' | 'complaint' | 'denunciation' | 'feedback';

/** Placeholders the seed replaces per instance (see templates.ts). */
export const PETITION_CODE = 'SYNTH-PCODE';
export const CASE_CODE = 'SYNTH-CCODE';
export const SUBJECT = 'SYNTH-SUBJECT';
export const SUMMARY = 'SYNTH-SUMMARY';

export interface ScenarioContext {
  run: ScenarioRun;
  /** Draws of this template (channel, signatories, outcome, durations): fixed per template. */
  rng: Random;
  holder: HolderClass;
}

/**
 * One way a đơn (and the case it may open) goes, played through the write path. `weight` is its
 * share within its group; `holders` the authorities it can start at.
 */
export interface Scenario {
  key: string;
  group: ScenarioGroup;
  weight: number;
  holders: readonly HolderClass[];
  /** Whether it can start at this class of authority on this day (default: always). */
  when?: (holder: HolderClass, start: IsoDate) => boolean;
  play(ctx: ScenarioContext): void;
}

const ALL: readonly HolderClass[] = HOLDER_CLASSES;

/**
 * Proportions, from the national figures of kntc-rules §9 (Government reports 2022–2025): of the
 * đơn received about 77 % are eligible; of those about 15 % are complaints, 6 % denunciations and
 * 79 % kiến nghị, phản ánh; about 40 % of eligible complaints and denunciations are within the
 * competence of the receiving authority and become cases; the resolution rate is 80–83 %; most
 * complaint decisions find the complaint wrong (Lâm Đồng 2023: 179 sai, 11 đúng, 10 đúng một
 * phần, 74 withdrawn). The share of kiến nghị that become cases is not published; 40 % is
 * assumed. The seed writes one đơn without a case per case (nationally it is nearer three: the
 * volume of xử lý đơn is understated, not its mix).
 */
export const CASE_KIND_WEIGHTS: readonly (readonly [ScenarioGroup, number])[] = [
  ['complaint', 15],
  ['denunciation', 6],
  ['feedback', 79],
];

/** Đơn that end without a case, per case (see CASE_KIND_WEIGHTS). */
export const PETITIONS_WITHOUT_CASE_PER_CASE = 1;

const CHANNELS: readonly (readonly [string, number])[] = [
  ['reception_desk', 35],
  ['post', 35],
  ['online_portal', 20],
  ['forwarded_by_agency', 5],
  ['deputy', 3],
  ['fatherland_front', 1],
  ['press', 1],
];
const FORWARDERS: Record<string, string> = {
  forwarded_by_agency: 'Văn phòng Chính phủ (giả lập)',
  deputy: 'Đoàn đại biểu Quốc hội tỉnh (giả lập)',
  fatherland_front: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh (giả lập)',
  press: 'Báo Nhân Dân (giả lập)',
};

interface Intake {
  signatories: number;
}

/** Vào sổ: channel and number of signatories drawn for this template. */
function receive(ctx: ScenarioContext, over: { signatories?: number; channel?: string } = {}): Intake {
  const channel = over.channel ?? ctx.rng.weighted(CHANNELS);
  const signatories =
    over.signatories ??
    ctx.rng.weighted([
      [1, 90],
      [2, 5],
      [ctx.rng.int(15) + 3, 5],
    ]);
  ctx.run.intake({
    channel,
    ...(FORWARDERS[channel] ? { forwardedBy: { name: FORWARDERS[channel] } } : {}),
    signatoryCount: signatories,
    fromReception: channel === 'reception_desk',
  });
  return { signatories };
}

const classify = (contentKind: string, intake: Intake, over: Record<string, unknown> = {}) => ({
  type: 'classify',
  contentKind,
  eligible: true,
  withinCompetence: true,
  signatories: intake.signatories,
  originalsAttached: false,
  ...over,
});

const between = (rng: Random, low: number, high: number) => low + rng.int(high - low + 1);

const stateOf = (run: ScenarioRun) => {
  const value = run.sim.case?.snapshot.value;
  return typeof value === 'string' ? value : Object.keys(value ?? {})[0];
};

const COMPLAINT_OUTCOMES: readonly (readonly [string, number])[] = [
  ['incorrect', 70],
  ['partly_correct', 12],
  ['correct', 18],
];

/** Đơn → thụ lý of a complaint at the holder: returns false when the horizon came first. */
function acceptComplaint(ctx: ScenarioContext): boolean {
  const { run, rng } = ctx;
  const intake = receive(ctx);
  run.after(between(rng, 0, 2)).petition('holder', classify('complaint', intake));
  run.petition('holder', { type: 'accept' }, { kind: 'disposed', disposition: 'accept' });
  return run.after(between(rng, 1, 5)).case('holder', { type: 'accept' }, { kind: 'accepted' });
}

/** Verification, dialogue when the finding requires it, decision: `days` working days in all. */
function verifyAndDecide(ctx: ScenarioContext, days: number, onTime: boolean, extra: Record<string, unknown> = {}) {
  const { run, rng } = ctx;
  const outcome = rng.weighted(COMPLAINT_OUTCOMES);
  run.after(1).case('holder', { type: 'startVerification' });
  run.after(Math.max(1, days - 4)).case('holder', {
    type: 'completeVerification',
    finding: outcome,
    differsFromRequest: outcome !== 'incorrect',
  });
  if (stateOf(run) === 'dialogue') run.after(1).case('holder', { type: 'holdDialogue', attended: true });
  run
    .after(2)
    .case('holder', { type: 'decide', outcome, ...extra }, { kind: 'resolved', resolution: 'decision', onTime });
}

const COMPLAINTS: Scenario[] = [
  {
    key: 'complaint.decided',
    group: 'complaint',
    weight: 18,
    holders: ALL,
    play(ctx) {
      if (!acceptComplaint(ctx)) return;
      verifyAndDecide(ctx, between(ctx.rng, 6, 12), true);
      ctx.run.after(1).case('holder', { type: 'send' });
    },
  },
  {
    key: 'complaint.enforced',
    group: 'complaint',
    weight: 15,
    holders: ALL,
    play(ctx) {
      if (!acceptComplaint(ctx)) return;
      verifyAndDecide(ctx, between(ctx.rng, 6, 12), true);
      ctx.run.after(1).case('holder', { type: 'send' });
      // The appeal window lapses (the sweeper makes the decision final), then it is carried out.
      ctx.run.after(between(ctx.rng, 25, 40));
      if (stateOf(ctx.run) === 'enforcing') ctx.run.case('holder', { type: 'recordEnforcement' });
    },
  },
  {
    key: 'complaint.decided_at_once',
    group: 'complaint',
    weight: 5,
    holders: ALL,
    play(ctx) {
      if (!acceptComplaint(ctx)) return;
      ctx.run
        .after(between(ctx.rng, 1, 4))
        .case(
          'holder',
          { type: 'decideNow', outcome: 'correct' },
          { kind: 'resolved', resolution: 'decision', onTime: true },
        );
      ctx.run.after(1).case('holder', { type: 'send' });
    },
  },
  {
    key: 'complaint.late',
    group: 'complaint',
    weight: 12,
    holders: ALL,
    play(ctx) {
      if (!acceptComplaint(ctx)) return;
      verifyAndDecide(ctx, between(ctx.rng, 36, 50), false);
      ctx.run.after(1).case('holder', { type: 'send' });
    },
  },
  {
    key: 'complaint.withdrawn',
    group: 'complaint',
    weight: 12,
    holders: ALL,
    play(ctx) {
      if (!acceptComplaint(ctx)) return;
      ctx.run.after(1).case('holder', { type: 'startVerification' });
      ctx.run
        .after(between(ctx.rng, 2, 8))
        .case(
          'holder',
          { type: 'withdraw', scope: 'all' },
          { kind: 'resolved', resolution: 'withdrawn', onTime: true },
        );
    },
  },
  {
    key: 'complaint.refused',
    group: 'complaint',
    weight: 5,
    holders: ALL,
    play(ctx) {
      const intake = receive(ctx);
      ctx.run.after(1).petition('holder', classify('complaint', intake));
      ctx.run.petition('holder', { type: 'accept' }, { kind: 'disposed', disposition: 'accept' });
      ctx.run.after(between(ctx.rng, 2, 6)).case('holder', { type: 'refuse', ground: 'time_limit_expired' });
    },
  },
  {
    key: 'complaint.second_round',
    group: 'complaint',
    weight: 8,
    holders: ['agency', 'commune', 'remote_commune'],
    // Before the two-tier reform a commune's superior was its district, not the province.
    when: (holder, start) => !(holder === 'commune' || holder === 'remote_commune') || start >= '2025-07-01',
    play(ctx) {
      const { run, rng } = ctx;
      if (!acceptComplaint(ctx)) return;
      verifyAndDecide(ctx, between(rng, 6, 12), true);
      run.after(1).case('holder', { type: 'send' });
      // The complainant goes on to the chairman of the province (Luật KN Art. 33).
      run.after(between(rng, 5, 15)).case('province', { type: 'lodgeSecondComplaint' });
      if (!run.after(between(rng, 2, 5)).case('holder', { type: 'accept' }, { kind: 'accepted' })) return;
      verifyAndDecide(ctx, between(rng, 10, 20), true, {
        effectOnRound1: rng.weighted([
          ['upheld', 70],
          ['amended', 20],
          ['annulled', 10],
        ]),
      });
      run.after(1).case('holder', { type: 'send' });
    },
  },
  {
    key: 'complaint.pending',
    group: 'complaint',
    weight: 13,
    holders: ALL,
    play(ctx) {
      if (!acceptComplaint(ctx)) return;
      ctx.run.after(1).case('holder', { type: 'startVerification' });
    },
  },
];

const OFFICIAL = { denounced: { kind: 'official' } };

function acceptDenunciation(ctx: ScenarioContext): boolean {
  const { run, rng } = ctx;
  const intake = receive(ctx);
  run.after(between(rng, 0, 2)).petition('holder', classify('denunciation', intake));
  run.petition('holder', { type: 'accept', ...OFFICIAL }, { kind: 'disposed', disposition: 'accept' });
  return run.after(between(rng, 1, 5)).case('holder', { type: 'accept' }, { kind: 'accepted' });
}

const CONCLUSIONS: readonly (readonly [string, number])[] = [
  ['untrue', 55],
  ['partly_correct', 25],
  ['correct', 20],
];

function conclude(ctx: ScenarioContext, days: number, onTime: boolean): string {
  const outcome = ctx.rng.weighted(CONCLUSIONS);
  ctx.run
    .after(days)
    .case('holder', { type: 'conclude', outcome }, { kind: 'resolved', resolution: 'decision', onTime });
  return outcome;
}

const DENUNCIATIONS: Scenario[] = [
  {
    key: 'denunciation.concluded',
    group: 'denunciation',
    weight: 40,
    holders: ALL,
    play(ctx) {
      const { run, rng } = ctx;
      if (!acceptDenunciation(ctx)) return;
      const outcome = conclude(ctx, between(rng, 8, 15), true);
      run.after(1).case('holder', { type: 'sendConclusion' });
      run.after(between(rng, 2, 5)).case('holder', {
        type: 'recordHandling',
        measures: [outcome === 'untrue' ? 'restore_rights' : 'impose_measures'],
      });
      run.after(1).case('holder', { type: 'publish' });
      run.after(between(rng, 5, 20)).case('holder', { type: 'close' });
    },
  },
  {
    key: 'denunciation.extended',
    group: 'denunciation',
    weight: 12,
    holders: ALL,
    play(ctx) {
      const { run, rng } = ctx;
      if (!acceptDenunciation(ctx)) return;
      run.after(1).case('holder', { type: 'setComplexity', criteria: ['several_locations', 'several_contents'] });
      // Within the 30 days even across Tết, so the extension is lawful.
      run.after(between(rng, 8, 12)).case('holder', {
        type: 'extend',
        reason: 'Vụ việc phức tạp: xác minh tại nhiều địa điểm, nhiều nội dung.',
      });
      conclude(ctx, between(rng, 8, 12), true);
      run.after(1).case('holder', { type: 'sendConclusion' });
    },
  },
  {
    key: 'denunciation.late',
    group: 'denunciation',
    weight: 10,
    holders: ALL,
    play(ctx) {
      if (!acceptDenunciation(ctx)) return;
      conclude(ctx, between(ctx.rng, 30, 45), false);
      ctx.run.after(1).case('holder', { type: 'sendConclusion' });
    },
  },
  {
    key: 'denunciation.withdrawn',
    group: 'denunciation',
    weight: 10,
    holders: ALL,
    play(ctx) {
      if (!acceptDenunciation(ctx)) return;
      ctx.run
        .after(between(ctx.rng, 3, 10))
        .case(
          'holder',
          { type: 'withdraw', scope: 'all', form: 'letter' },
          { kind: 'resolved', resolution: 'withdrawn', onTime: true },
        );
    },
  },
  {
    key: 'denunciation.terminated',
    group: 'denunciation',
    weight: 5,
    holders: ALL,
    play(ctx) {
      if (!acceptDenunciation(ctx)) return;
      ctx.run
        .after(between(ctx.rng, 3, 10))
        .case(
          'holder',
          { type: 'terminate', ground: 'denounced_died' },
          { kind: 'resolved', resolution: 'terminated', onTime: true },
        );
    },
  },
  {
    key: 'denunciation.investigation',
    group: 'denunciation',
    weight: 5,
    holders: ALL,
    play(ctx) {
      if (!acceptDenunciation(ctx)) return;
      ctx.run
        .after(between(ctx.rng, 4, 12))
        .case('holder', { type: 'transferToInvestigation' }, { kind: 'ended', reason: 'transferred_to_investigation' });
    },
  },
  {
    key: 'denunciation.not_accepted',
    group: 'denunciation',
    weight: 5,
    holders: ALL,
    play(ctx) {
      const intake = receive(ctx);
      ctx.run.after(1).petition('holder', classify('denunciation', intake));
      ctx.run.petition('holder', { type: 'accept', ...OFFICIAL }, { kind: 'disposed', disposition: 'accept' });
      ctx.run.after(between(ctx.rng, 2, 5)).case('holder', { type: 'refuse', reason: 'no_basis_to_identify' });
    },
  },
  {
    key: 'denunciation.pending',
    group: 'denunciation',
    weight: 13,
    holders: ALL,
    play(ctx) {
      acceptDenunciation(ctx);
    },
  },
];

/** A kiến nghị accepted here is a case from the start (its unit opens with it). */
function acceptFeedback(ctx: ScenarioContext): boolean {
  const { run, rng } = ctx;
  const intake = receive(ctx);
  run.after(between(rng, 0, 2)).petition('holder', classify('feedback', intake));
  const accepted = run.petition('holder', { type: 'accept' }, { kind: 'disposed', disposition: 'accept' });
  if (accepted) run.mark({ kind: 'accepted' });
  return accepted;
}

const FEEDBACK: Scenario[] = [
  {
    key: 'feedback.replied',
    group: 'feedback',
    weight: 62,
    holders: ALL,
    play(ctx) {
      const { run, rng } = ctx;
      if (!acceptFeedback(ctx)) return;
      run.after(1).case('holder', { type: 'assign', unit: 'Bộ phận chuyên môn (giả lập)' });
      run
        .after(between(rng, 3, 15))
        .case(
          'holder',
          { type: 'reply', summary: 'Đã trả lời người kiến nghị (giả lập).' },
          { kind: 'resolved', resolution: 'decision', onTime: true },
        );
      run.after(between(rng, 1, 5)).case('holder', { type: 'close' });
    },
  },
  {
    key: 'feedback.late',
    group: 'feedback',
    weight: 12,
    holders: ALL,
    play(ctx) {
      const { run, rng } = ctx;
      if (!acceptFeedback(ctx)) return;
      run.after(1).case('holder', { type: 'assign', unit: 'Bộ phận chuyên môn (giả lập)' });
      run
        .after(between(rng, 30, 45))
        .case(
          'holder',
          { type: 'reply', summary: 'Đã trả lời người kiến nghị (giả lập).' },
          { kind: 'resolved', resolution: 'decision', onTime: false },
        );
    },
  },
  {
    key: 'feedback.forwarded',
    group: 'feedback',
    weight: 6,
    holders: ['agency', 'commune', 'remote_commune', 'district'],
    play(ctx) {
      if (!acceptFeedback(ctx)) return;
      ctx.run
        .after(between(ctx.rng, 1, 5))
        .case('holder', { type: 'forward', to: 'province' }, { kind: 'ended', reason: 'forwarded' });
    },
  },
  {
    key: 'feedback.pending',
    group: 'feedback',
    weight: 20,
    holders: ALL,
    play(ctx) {
      if (!acceptFeedback(ctx)) return;
      ctx.run.after(1).case('holder', { type: 'assign', unit: 'Bộ phận chuyên môn (giả lập)' });
    },
  },
];

const outside = (intake: Intake, kind: string, over: Record<string, unknown> = {}) =>
  classify(kind, intake, { withinCompetence: false, competentBodyType: 'state_administration', ...over });

const PETITIONS: Scenario[] = [
  {
    key: 'petition.guided',
    group: 'petition',
    weight: 30,
    holders: ALL,
    play(ctx) {
      const intake = receive(ctx);
      ctx.run.after(between(ctx.rng, 0, 3)).petition('holder', outside(intake, 'complaint'));
      ctx.run.petition(
        'holder',
        { type: 'guide', guidedTo: 'Cơ quan có thẩm quyền (giả lập)' },
        { kind: 'disposed', disposition: 'guide' },
      );
    },
  },
  {
    key: 'petition.forwarded',
    group: 'petition',
    weight: 18,
    holders: ALL,
    play(ctx) {
      const { run, rng } = ctx;
      const intake = receive(ctx);
      run.after(between(rng, 0, 3)).petition('holder', outside(intake, 'feedback'));
      run.petition('holder', { type: 'forward', to: 'target' }, { kind: 'disposed', disposition: 'forward' });
      run.after(between(rng, 1, 4)).petition('target', { type: 'receive' });
      run.after(between(rng, 0, 3)).petition('target', outside(intake, 'feedback'));
      run.petition(
        'target',
        { type: 'guide', guidedTo: 'Cơ quan có thẩm quyền (giả lập)' },
        { kind: 'disposed', disposition: 'guide' },
      );
    },
  },
  {
    key: 'petition.filed',
    group: 'petition',
    weight: 14,
    holders: ALL,
    play(ctx) {
      const intake = receive(ctx, { signatories: 0 });
      ctx.run
        .after(between(ctx.rng, 0, 3))
        .petition(
          'holder',
          classify('complaint', intake, { eligible: false, ineligibleReason: 'missing_identification' }),
        );
      ctx.run.petition(
        'holder',
        { type: 'file', reason: 'missing_identification' },
        { kind: 'disposed', disposition: 'file' },
      );
    },
  },
  {
    key: 'petition.dismissed',
    group: 'petition',
    weight: 5,
    holders: ALL,
    play(ctx) {
      const intake = receive(ctx, { signatories: 0, channel: 'post' });
      ctx.run.after(between(ctx.rng, 0, 3)).petition(
        'holder',
        classify('denunciation', intake, {
          eligible: false,
          ineligibleReason: 'missing_identification',
          anonymousOrImpersonated: true,
        }),
      );
      ctx.run.petition(
        'holder',
        { type: 'dismiss', reason: 'anonymous_or_impersonated' },
        { kind: 'disposed', disposition: 'dismiss' },
      );
    },
  },
  {
    key: 'petition.split',
    group: 'petition',
    weight: 4,
    holders: ALL,
    play(ctx) {
      const intake = receive(ctx);
      ctx.run.after(between(ctx.rng, 0, 3)).petition('holder', classify('mixed', intake));
      ctx.run.after(1).petition('holder', { type: 'requestSplit' }, { kind: 'disposed', disposition: 'requestSplit' });
    },
  },
  {
    key: 'petition.returned',
    group: 'petition',
    weight: 4,
    // A successor that took the đơn over cannot return it to the body that forwarded it to the district.
    holders: ['province', 'agency', 'commune', 'remote_commune'],
    play(ctx) {
      const intake = receive(ctx, { channel: 'deputy' });
      ctx.run
        .after(between(ctx.rng, 0, 3))
        .petition('holder', outside(intake, 'complaint', { competentBodyType: 'judicial_or_enforcement' }));
      ctx.run.petition(
        'holder',
        { type: 'returnToSender', reason: 'Thuộc thẩm quyền của Tòa án (giả lập).' },
        { kind: 'disposed', disposition: 'returnToSender' },
      );
    },
  },
  {
    key: 'petition.declined',
    group: 'petition',
    weight: 4,
    holders: ALL,
    play(ctx) {
      const { run, rng } = ctx;
      const intake = receive(ctx);
      run.after(between(rng, 0, 2)).petition('holder', outside(intake, 'feedback'));
      run.petition('holder', { type: 'forward', to: 'target' }, { kind: 'disposed', disposition: 'forward' });
      run
        .after(between(rng, 1, 3))
        .petition('target', { type: 'returnToSender', reason: 'Không thuộc thẩm quyền (giả lập).' });
      run.after(between(rng, 1, 3)).petition('holder', outside(intake, 'feedback'));
      run.petition(
        'holder',
        { type: 'guide', guidedTo: 'Cơ quan có thẩm quyền (giả lập)' },
        { kind: 'disposed', disposition: 'guide' },
      );
    },
  },
  {
    key: 'petition.urged',
    group: 'petition',
    weight: 3,
    holders: ['province'],
    play(ctx) {
      const intake = receive(ctx);
      ctx.run
        .after(between(ctx.rng, 0, 3))
        .petition('holder', classify('complaint', intake, { belongsToLowerLevelAndOverdue: true }));
      ctx.run.petition('holder', { type: 'urge', lower: 'target' }, { kind: 'disposed', disposition: 'urge' });
    },
  },
  {
    key: 'petition.pending',
    group: 'petition',
    weight: 12,
    holders: ALL,
    play(ctx) {
      const intake = receive(ctx);
      ctx.run.after(between(ctx.rng, 0, 3)).petition('holder', classify('complaint', intake));
    },
  },
  {
    key: 'petition.unclassified',
    group: 'petition',
    weight: 6,
    holders: ALL,
    play(ctx) {
      receive(ctx);
    },
  },
];

export const SCENARIOS: readonly Scenario[] = [...COMPLAINTS, ...DENUNCIATIONS, ...FEEDBACK, ...PETITIONS];
