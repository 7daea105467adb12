import { RebuildService } from '@kntc/audit';
import { VersionConflictError } from '@kntc/domain';
import { StreamRepository } from '../../libs/workflow/src/streams/stream.repository';
import { AuditWorld, classification } from './audit-fixtures';

/** Facts as stored, without the surrogate ids: what must be identical after a rebuild. */
async function factsOf(world: AuditWorld) {
  const cases = await world.ds.query(
    `SELECT case_id, unit_no, segment_no, case_code, kind, round, further, subject_area, authority_id,
            accepted_on::text, start_on::text, entry, entry_reason, end_on::text, exit, exit_reason, resolution,
            outcome, effect_on_round1, due_on::text, on_time, implemented_on::text, source_event_id,
            recorded_from, recorded_to
       FROM audit_case_fact ORDER BY case_id, unit_no, segment_no, recorded_from`,
  );
  const petitions = await world.ds.query(
    `SELECT petition_id, spell_no, petition_code, authority_id, entry, arrived_on::text, channel, from_reception,
            signatories, subject_area, content_kind, eligible, ineligible_reason, within_competence,
            classified_on::text, end_on::text, exit, disposition, sent_to_id, acknowledged_on::text, reply_on::text,
            reply, source_event_id, recorded_from, recorded_to
       FROM audit_petition_fact ORDER BY petition_id, spell_no, recorded_from`,
  );
  return { cases, petitions };
}

/**
 * The facts the write path keeps with the events equal the facts rebuilt by replaying the event
 * log through the machines, version for version: the projection is a pure function of the log.
 */
describe('audit facts: incremental = rebuild', () => {
  const world = new AuditWorld();

  beforeAll(async () => {
    await world.start();
    await world.authority('RB-P', 'province', null);
    await world.authority('RB-C1', 'commune', 'RB-P');
    await world.authority('RB-C2', 'commune', 'RB-P');
    await world.authority('RB-C3', 'commune', 'RB-P', { from: '2026-03-01' });
    const c1 = await world.actor('RB-C1');
    const c2 = await world.actor('RB-C2');
    const p = await world.actor('RB-P');

    world.at('2026-01-05');
    const complaint = await world.caseFrom(c1, '2026-01-05', 'complaint');
    const denunciation = await world.caseFrom(c1, '2026-01-05', 'denunciation', {
      denounced: { kind: 'official' },
    });
    const feedback = await world.caseFrom(c2, '2026-01-05', 'feedback');
    const forwarded = await world.petition(c1, '2026-01-05');
    await world.onPetition(c1, forwarded, {
      type: 'classify',
      ...classification('feedback', { withinCompetence: false }),
    });
    await world.onPetition(c1, forwarded, { type: 'forward', to: c2.authority });

    world.at('2026-01-06');
    await world.onCase(c1, complaint, { type: 'accept' });
    await world.onCase(c1, denunciation, { type: 'accept' });
    await world.onPetition(c2, forwarded, { type: 'receive' });
    await world.onPetition(c2, forwarded, {
      type: 'classify',
      ...classification('feedback', { withinCompetence: false }),
    });
    await world.onPetition(c2, forwarded, { type: 'guide' });

    world.at('2026-01-20');
    await world.onCase(c1, complaint, { type: 'startVerification' });
    await world.onCase(c1, complaint, {
      type: 'completeVerification',
      finding: 'partly_correct',
      differsFromRequest: false,
    });
    await world.onCase(c1, complaint, { type: 'decide', outcome: 'partly_correct' });
    await world.onCase(c1, denunciation, { type: 'suspend', ground: 'awaiting_other_result' });
    world.at('2026-02-02');
    await world.onCase(c1, denunciation, { type: 'resume' });
    world.at('2026-02-10');
    await world.onCase(c1, denunciation, { type: 'withdraw', scope: 'all', form: 'letter' });
    await world.onCase(c2, feedback, { type: 'reply', summary: 'Đã trả lời' });
    void p;
  }, 60_000);
  afterAll(() => world.stop());

  it('rebuilds exactly the facts the write path kept, and replays every stream to its stored state', async () => {
    const incremental = await factsOf(world);
    expect(incremental.cases.length).toBeGreaterThan(0);
    expect(incremental.petitions.length).toBeGreaterThan(0);
    const report = await world.moduleRef.get(RebuildService).rebuild();
    expect(report.divergent).toEqual([]);
    const rebuilt = await factsOf(world);
    expect(rebuilt).toEqual(incremental);
  });

  it('keeps the facts right under concurrent commands on one đơn (facts are read with the row)', async () => {
    const c3 = await world.actor('RB-C3');
    world.at('2026-03-02');
    const id = await world.petition(c3, '2026-03-02');
    // Eight officers reclassify the same đơn at once, each until three of theirs went through:
    // most attempts meet a newer version and are refused; each success changes the fact.
    let signatories = 1;
    const officer = async () => {
      for (let done = 0; done < 3;) {
        try {
          await world.onPetition(c3, id, {
            type: 'classify',
            ...classification('complaint', { signatories: ++signatories }),
          });
          done++;
        } catch (error) {
          if (!(error instanceof VersionConflictError)) throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, officer));
    const [{ events, current, versions }] = await world.ds.query(
      `SELECT (SELECT count(*)::int FROM domain_event WHERE stream_id = $1) AS events,
              (SELECT count(*)::int FROM audit_petition_fact WHERE petition_id = $1 AND recorded_to = 'infinity') AS current,
              (SELECT count(*)::int FROM audit_petition_fact WHERE petition_id = $1) AS versions`,
      [id],
    );
    expect([events, current, versions]).toEqual([25, 1, 25]);
    const incremental = await factsOf(world);
    await world.moduleRef.get(RebuildService).rebuild();
    expect(await factsOf(world)).toEqual(incremental);
  });

  it('plans again a command that read the facts before a rebuild replaced them', async () => {
    const c3 = await world.actor('RB-C3');
    world.at('2026-03-03');
    const id = await world.petition(c3, '2026-03-03');
    await world.onPetition(c3, id, { type: 'classify', ...classification('complaint', { signatories: 1 }) });
    // The rebuild runs after the command read its row and the facts, before it writes.
    const swap = StreamRepository.prototype.swapAndAppend;
    const writes = jest.spyOn(StreamRepository.prototype, 'swapAndAppend').mockImplementationOnce(async function (
      this: StreamRepository,
      ...args
    ) {
      await world.moduleRef.get(RebuildService).rebuild();
      return swap.apply(this, args);
    });
    let attempts: number;
    try {
      await world.onPetition(c3, id, { type: 'classify', ...classification('complaint', { signatories: 7 }) });
    } finally {
      attempts = writes.mock.calls.length;
      writes.mockRestore();
    }
    // Refused once (its plan named facts the rebuild replaced), then read and planned again.
    expect(attempts).toBe(2);
    const [{ signatories, versions }] = await world.ds.query(
      `SELECT (SELECT signatories FROM audit_petition_fact WHERE petition_id = $1 AND recorded_to = 'infinity') AS signatories,
              (SELECT count(*)::int FROM audit_petition_fact WHERE petition_id = $1) AS versions`,
      [id],
    );
    expect([signatories, versions]).toEqual([7, 3]);
    const incremental = await factsOf(world);
    await world.moduleRef.get(RebuildService).rebuild();
    expect(await factsOf(world)).toEqual(incremental);
  });
});
