import { topState } from '@kntc/domain';
import type { FactEvent, PetitionFact, StreamInfo } from './fact-rows';

/** Dispositions that end an authority's processing of the đơn for good (final states). */
const FINAL_DISPOSITIONS = new Set(['accept', 'guide', 'urge', 'requestSplit', 'file', 'dismiss']);

interface PetitionView {
  receivedOn: string;
  channel: string;
  fromReception: boolean;
  custody?: { from: string }[];
}

const replaceAt = <T>(list: T[], index: number, item: T): T[] => list.map((x, i) => (i === index ? item : x));

/** The latest spell: while a đơn waits in the receiver's inbox, the forwarder's spell is the last one. */
function lastSpellIndex(facts: PetitionFact[]): number {
  let index = -1;
  facts.forEach((f, i) => {
    if (index < 0 || f.spellNo > facts[index].spellNo) index = i;
  });
  return index;
}

function openSpellIndex(facts: PetitionFact[]): number {
  return facts.findIndex((f) => f.exit === null);
}

/** The receiver's answer reaches the authority that forwarded the đơn to it (văn bản phúc đáp). */
function withReply(facts: PetitionFact[], spellIndex: number, reply: string, on: string): PetitionFact[] {
  const spell = facts[spellIndex];
  if (spell?.entry !== 'forwarded_in') return facts;
  const senderIndex = facts.findIndex((f) => f.spellNo === spell.spellNo - 1);
  const sender = facts[senderIndex];
  if (!sender || sender.replyOn) return facts;
  return replaceAt(facts, senderIndex, { ...sender, reply, replyOn: on });
}

function newSpell(
  facts: PetitionFact[],
  like: PetitionFact,
  authorityId: string,
  entry: PetitionFact['entry'],
  arrivedOn: string,
  keepClassification: boolean,
): PetitionFact {
  return {
    ...like,
    spellNo: Math.max(...facts.map((f) => f.spellNo)) + 1,
    authorityId,
    entry,
    arrivedOn,
    ...(keepClassification
      ? {}
      : { contentKind: null, eligible: null, ineligibleReason: null, withinCompetence: null, classifiedOn: null }),
    endOn: null,
    exit: null,
    disposition: null,
    sentToId: null,
    acknowledgedOn: null,
    replyOn: null,
    reply: null,
  };
}

/**
 * The đơn's spells after one event. Pure: same facts and event, same result — the write path
 * and the rebuild both call it. Events that change nothing an audit counts (deadline expiries,
 * the extension of the initial check) return the facts unchanged.
 */
export function evolvePetition(facts: PetitionFact[], e: FactEvent, info: StreamInfo): PetitionFact[] {
  const after = e.after.context as unknown as PetitionView;
  const stateBefore = e.before ? topState(e.before.value) : null;
  const stateAfter = topState(e.after.value);
  const open = openSpellIndex(facts);
  const spell = open >= 0 ? facts[open] : undefined;

  switch (e.type) {
    case 'opened':
      return [
        {
          petitionId: e.streamId,
          spellNo: 1,
          petitionCode: info.code,
          authorityId: e.holderAfter,
          entry: 'received',
          arrivedOn: after.receivedOn,
          channel: after.channel,
          fromReception: after.fromReception,
          signatories: info.signatories ?? 1,
          subjectArea: info.subjectArea,
          contentKind: null,
          eligible: null,
          ineligibleReason: null,
          withinCompetence: null,
          classifiedOn: null,
          endOn: null,
          exit: null,
          disposition: null,
          sentToId: null,
          acknowledgedOn: null,
          replyOn: null,
          reply: null,
        },
      ];
    case 'classify': {
      if (!spell) return facts;
      const p = e.payload as {
        contentKind: string;
        eligible: boolean;
        ineligibleReason?: string;
        withinCompetence: boolean;
        signatories: number;
      };
      return replaceAt(facts, open, {
        ...spell,
        contentKind: p.contentKind,
        eligible: p.eligible,
        ineligibleReason: p.ineligibleReason ?? null,
        withinCompetence: p.withinCompetence,
        signatories: p.signatories,
        classifiedOn: e.on,
      });
    }
    case 'forward': {
      if (!spell) return facts;
      const to = (e.payload.to as { id: string }).id;
      return replaceAt(facts, open, { ...spell, endOn: e.on, exit: 'processed', disposition: 'forward', sentToId: to });
    }
    case 'receive': {
      const senderIndex = lastSpellIndex(facts);
      const sender = facts[senderIndex];
      if (!sender) return facts;
      const arrivedOn = after.custody?.at(-1)?.from ?? e.on;
      const acknowledged = replaceAt(facts, senderIndex, { ...sender, acknowledgedOn: e.on });
      return [...acknowledged, newSpell(facts, sender, e.holderAfter, 'forwarded_in', arrivedOn, false)];
    }
    case 'returnToSender': {
      if (stateBefore === 'forwarded') {
        // The receiver declined the đơn without taking it: the sender holds it again.
        const senderIndex = lastSpellIndex(facts);
        const sender = facts[senderIndex];
        if (!sender) return facts;
        const declined = sender.replyOn
          ? facts
          : replaceAt(facts, senderIndex, { ...sender, reply: 'declined', replyOn: e.on });
        return [...declined, newSpell(facts, sender, e.holderAfter, 'returned', e.on, false)];
      }
      if (!spell) return facts;
      const ended = withReply(
        replaceAt(facts, open, {
          ...spell,
          endOn: e.on,
          exit: 'processed',
          disposition: 'returnToSender',
          sentToId: stateAfter === 'received' ? e.holderAfter : null,
        }),
        open,
        'returnToSender',
        e.on,
      );
      // Back to the authority that forwarded it, which must process it again.
      return stateAfter === 'received'
        ? [...ended, newSpell(ended, spell, e.holderAfter, 'returned', e.on, false)]
        : ended;
    }
    case 'reassign': {
      if (!spell || spell.authorityId === e.holderAfter) return facts;
      const left = replaceAt(facts, open, { ...spell, endOn: e.on, exit: 'transferred_out', sentToId: e.holderAfter });
      // Bàn giao nguyên trạng: the successor takes the file as it stands, classification included.
      return [...left, newSpell(left, spell, e.holderAfter, 'transferred_in', e.on, true)];
    }
    default:
      if (FINAL_DISPOSITIONS.has(e.type) && spell) {
        return withReply(
          replaceAt(facts, open, { ...spell, endOn: e.on, exit: 'processed', disposition: e.type }),
          open,
          e.type,
          e.on,
        );
      }
      return facts;
  }
}

/** Event types that can change a đơn's facts; the others are skipped without reading anything. */
export const PETITION_FACT_EVENTS = new Set([
  'opened',
  'classify',
  'forward',
  'receive',
  'returnToSender',
  'reassign',
  ...FINAL_DISPOSITIONS,
]);
