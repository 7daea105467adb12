import { COMMAND_PERMISSIONS, EVENT_COMMANDS } from '@kntc/access';
import type { Actor, AuthorityRef, IsoDate, MachineId, Role, WorkingCalendar } from '@kntc/domain';
import type { SimCase, SimPetition, WritePathSimulation } from './write-path-simulation';

/** Who acts in a step: whoever holds the stream now, or the named authority of the run. */
export type Party = 'holder' | 'target' | 'province';

/** What a step means for the audit, as the scenario declares it (checked against the facts by a test). */
export type Mark =
  | { kind: 'received' }
  | { kind: 'accepted' }
  | { kind: 'resolved'; resolution: 'decision' | 'withdrawn' | 'terminated'; onTime: boolean }
  | { kind: 'ended'; reason: string }
  | { kind: 'disposed'; disposition: string };

export interface DatedMark {
  on: IsoDate;
  mark: Mark;
}

/** The authorities of one run: the first holder, another one it deals with, the province, a successor. */
export interface RunAuthorities {
  holder: AuthorityRef;
  target: AuthorityRef;
  province: AuthorityRef;
  /** The commune that takes a dissolved district's open files (none when the holder is not a district). */
  successor: AuthorityRef | null;
}

export interface RunOptions {
  calendar: WorkingCalendar;
  /** First day (a working day) and last day simulated (the end of the province-year). */
  start: IsoDate;
  horizon: IsoDate;
  authorities: RunAuthorities;
  userOf: (authorityId: string, role: Role) => string;
  /** 1 July 2025: districts are abolished and their open files handed to their successors. */
  reorganisation: { on: IsoDate; legalBasis: string } | null;
  /** What the đơn says about itself: its code, subject area and summary. */
  codes: { petition: string; subject: string; summary: string };
}

const VN_OFFSET = '+07:00';
const instant = (day: IsoDate, minutes: number) =>
  new Date(
    `${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00${VN_OFFSET}`,
  );

/**
 * One scenario played through the simulated write path, on working days only: the cursor moves
 * by working days, each step of a day comes 20 minutes after the previous one from 08:00, the
 * sweeper runs before every step, and nothing happens after the horizon (the stream stays where
 * it is, as it would be at the end of the year). Steps say who acts; the role is the one the
 * access table gives that command.
 */
export class ScenarioRun {
  private day: IsoDate;
  private minute = 8 * 60;
  private lastDay: IsoDate;
  stopped = false;
  readonly marks: DatedMark[] = [];
  private reorganised = false;

  constructor(
    readonly sim: WritePathSimulation,
    private readonly options: RunOptions,
  ) {
    this.day = options.start;
    this.lastDay = options.start;
  }

  get today(): IsoDate {
    return this.day;
  }

  /** Moves the cursor `n` working days ahead (0: stays on the same day). */
  after(n: number): this {
    if (n > 0) {
      this.day = this.options.calendar.addWorkingDays(this.day, n).end;
      this.minute = 8 * 60;
    }
    return this;
  }

  mark(mark: Mark): void {
    if (!this.stopped) this.marks.push({ on: this.day, mark });
  }

  /** Vào sổ at the holder, on the start day. */
  intake(input: {
    channel: string;
    forwardedBy?: { name: string };
    signatoryCount: number;
    fromReception: boolean;
  }): void {
    const at = this.next();
    if (!at) return;
    const actor = this.actor(this.options.authorities.holder, 'reception_officer');
    this.sim.intake(
      actor,
      {
        code: this.options.codes.petition,
        channel: input.channel,
        forwardedByName: input.forwardedBy?.name ?? null,
        ...(input.forwardedBy ? { forwardedBy: input.forwardedBy } : {}),
        receivedAt: at,
        summary: this.options.codes.summary,
        subjectArea: this.options.codes.subject,
        signatoryCount: input.signatoryCount,
        fromReception: input.fromReception,
        createdById: actor.userId,
      },
      at,
    );
    this.marks.push({ on: this.day, mark: { kind: 'received' } });
  }

  petition(by: Party, event: { type: string } & Record<string, unknown>, mark?: Mark): boolean {
    return this.step(() => this.sim.petition!, 'petition', by, event, mark);
  }

  case(by: Party, event: { type: string } & Record<string, unknown>, mark?: Mark): boolean {
    return this.step(() => this.sim.case!, this.sim.case?.kind ?? 'complaint', by, event, mark);
  }

  /** The end of the run: the sweeper keeps working until the horizon. */
  finish(): void {
    this.catchUp(this.options.horizon);
  }

  private step(
    stream: () => SimPetition | SimCase,
    machine: string,
    by: Party,
    event: { type: string } & Record<string, unknown>,
    mark?: Mark,
  ): boolean {
    if (this.stopped) return false;
    if (this.day > this.options.horizon) {
      this.stopped = true;
      return false;
    }
    this.catchUp(this.day);
    const target = stream();
    const at = this.next()!;
    const authority = this.partyAuthority(by, target);
    const role = roleFor(machine, event.type);
    this.sim.apply(target, this.actor(authority, role), this.withAuthorities(event), at, at);
    if (mark) this.marks.push({ on: this.day, mark });
    return true;
  }

  /** Sweeper runs and the reorganisation, up to (and including) `day`. */
  private catchUp(day: IsoDate): void {
    const reorg = this.options.reorganisation;
    if (reorg && !this.reorganised && reorg.on <= day && reorg.on > this.lastDay) {
      this.sweep(reorg.on);
      this.reorganise(reorg);
    }
    this.sweep(day);
    if (day > this.lastDay) this.lastDay = day;
  }

  private sweep(day: IsoDate): void {
    const last = day > this.options.horizon ? this.options.horizon : day;
    for (const stream of [this.sim.petition, this.sim.case]) {
      if (stream && stream.snapshot.status !== 'done') this.sim.sweepThrough(stream, last);
    }
  }

  /**
   * ReorganisationService.handOver: every open file of the dissolved district goes to its
   * successor as it stands (`reassign` by the system). A refusal leaves the file where it is.
   */
  private reorganise(reorg: { on: IsoDate; legalBasis: string }): void {
    this.reorganised = true;
    const { holder, successor } = this.options.authorities;
    if (!successor) return;
    const at = instant(reorg.on, 7 * 60 + 30);
    for (const stream of [this.sim.petition, this.sim.case]) {
      if (!stream || stream.snapshot.status === 'done' || stream.columns.holderAuthorityId !== holder.id) continue;
      const current = (stream.snapshot.context as { holder: AuthorityRef }).holder;
      try {
        this.sim.apply(
          stream,
          { userId: 'system', role: 'system', authority: current },
          {
            type: 'reassign',
            to: successor,
            legalBasis: reorg.legalBasis,
            effectiveOn: reorg.on,
            orderedBy: this.options.userOf(this.options.authorities.province.id, 'leader'),
          },
          at,
          at,
          'reorganisation',
        );
      } catch {
        // Not moved: the report of the reorganisation lists it; the file stays with the district.
      }
    }
  }

  /** `to: 'target'`, `lower: 'province'`…: the scenarios name authorities by their part in the run. */
  private withAuthorities(event: { type: string } & Record<string, unknown>) {
    const out: { type: string } & Record<string, unknown> = { ...event };
    for (const key of ['to', 'lower']) {
      const value = out[key];
      if (value === 'target') out[key] = this.options.authorities.target;
      else if (value === 'province') out[key] = this.options.authorities.province;
    }
    return out;
  }

  private partyAuthority(by: Party, stream: SimPetition | SimCase): AuthorityRef {
    const { target, province, holder, successor } = this.options.authorities;
    if (by === 'target') return target;
    if (by === 'province') return province;
    const id = stream.columns.holderAuthorityId;
    const known = [holder, target, province, successor].find((a) => a?.id === id);
    if (!known) throw new Error(`the run does not know the holder ${id}`);
    return known;
  }

  private actor(authority: AuthorityRef, role: Role): Actor {
    return { userId: this.options.userOf(authority.id, role), role, authority };
  }

  /** The instant of the next step today; null once past the horizon. */
  private next(): Date | null {
    if (this.day > this.options.horizon) {
      this.stopped = true;
      return null;
    }
    const at = instant(this.day, this.minute);
    this.minute += 20;
    return at;
  }
}

/** The role the access table (COMMAND_PERMISSIONS) gives the command of this event: the first one listed. */
export function roleFor(machine: string, eventType: string): Role {
  const command = EVENT_COMMANDS[machine as MachineId]?.[eventType];
  const role = command ? COMMAND_PERMISSIONS[command][0] : undefined;
  if (!role) throw new Error(`no role may send ${machine}.${eventType}`);
  return role;
}
