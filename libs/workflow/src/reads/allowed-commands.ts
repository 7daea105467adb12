import {
  availableCommands,
  ruleSetForEvent,
  vietnamDateOf,
  type Actor,
  type EventMeta,
  type RuleSetId,
  type StoredSnapshot,
} from '@kntc/domain';
import { COMMAND_LABELS, EVENT_COMMANDS, mayRun, type Command } from '@kntc/access';
import type { CommandView } from './read-models';

/**
 * The commands to offer this user now: the machine's commands that the user's role may send
 * (EVENT_COMMANDS + COMMAND_PERMISSIONS), each with whether the machine allows it for this
 * actor at `at`, and why not (Vietnamese). An inspector gets none: the role sends no workflow
 * command. The rule set is chosen per command as the write path will choose it.
 */
export function allowedCommands(stored: StoredSnapshot, actor: Actor, at: Date): CommandView[] {
  const permitted = Object.entries(EVENT_COMMANDS[stored.machineId] ?? {}).filter(([, command]) =>
    mayRun(actor.role, command),
  );
  if (permitted.length === 0) return [];
  const iso = at.toISOString();
  const day = vietnamDateOf(iso);
  const commandOf = new Map<string, Command>(permitted);
  const byRuleSet = new Map<RuleSetId, string[]>();
  for (const [type] of permitted) {
    const ruleSetId = ruleSetForEvent(stored, type, day);
    byRuleSet.set(ruleSetId, [...(byRuleSet.get(ruleSetId) ?? []), type]);
  }
  const answers = new Map<string, { available: boolean; reasons: string[] }>();
  for (const [ruleSetId, types] of byRuleSet) {
    const meta: EventMeta = { at: iso, actor, ruleSetId };
    for (const c of availableCommands(stored, meta)) {
      if (types.includes(c.type)) answers.set(c.type, c);
    }
  }
  return permitted.flatMap(([type]) => {
    const answer = answers.get(type);
    const command = commandOf.get(type);
    if (!answer || !command) return [];
    return [
      {
        type,
        command,
        label: COMMAND_LABELS[command],
        available: answer.available,
        reasons: answer.available ? [] : answer.reasons,
      },
    ];
  });
}
