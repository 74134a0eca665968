/**
 * What the assistant created in a tenant during one session, so that Graph's eventual consistency
 * cannot make it create the same thing twice: a lookup by display name right after
 * POST /applications may miss the new registration (graph-lag), and a second "create" would then
 * make a duplicate app. The fixes and the checks after them use the id the create returned.
 */
import type { FixTarget } from './fix-types.js';

/** An ETRON registration the assistant created: the ids Graph returned with 201. */
export interface CreatedRegistration {
  readonly appId: string;
  readonly applicationObjectId: string;
}

type EtronTarget = NonNullable<FixTarget['etron']>;

function key(etron: EtronTarget): string {
  return `${etron.instance}\n${etron.displayName ?? ''}`;
}

/** The registrations created in this session, by instance and display name. */
export class FixMemory {
  private readonly created = new Map<string, CreatedRegistration>();

  /** Records a registration the assistant just created. */
  rememberCreated(etron: EtronTarget, registration: CreatedRegistration): void {
    this.created.set(key(etron), registration);
  }

  /** The registration created for this target, if any. */
  createdFor(etron: EtronTarget): CreatedRegistration | undefined {
    return this.created.get(key(etron));
  }

  /** The target with the created app's client ID pinned (unchanged when it names one or none was created). */
  pin(target: FixTarget): FixTarget {
    const etron = target.etron;
    if (!etron || etron.appId) return target;
    const created = this.createdFor(etron);
    return created ? { ...target, etron: { ...etron, appId: created.appId } } : target;
  }
}
