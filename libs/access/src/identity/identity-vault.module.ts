import { Module, type DynamicModule } from '@nestjs/common';
import { parseIdentityKeyRing } from './identity-key-ring';
import { IDENTITY_KEY_RING } from './identity-key-ring.token';
import { IdentityRevealRepository } from './identity-reveal.repository';
import { IdentityRotationService } from './identity-rotation.service';
import { IdentityVaultService } from './identity-vault.service';
import { PartyRepository } from './party.repository';
import { VisitorRepository } from './visitor.repository';

/**
 * The identity vault, on the application's DataSource (PersistenceModule is global). The key
 * string comes from the caller: IDENTITY_KEYS, or the key generated into DATA_DIR in embedded
 * mode. It is parsed here, so a bad key stops the boot with a ConfigError. The ring itself is
 * not exported: nothing outside this module gets key material.
 */
@Module({})
export class IdentityVaultModule {
  static register(options: { identityKeys: string }): DynamicModule {
    return {
      module: IdentityVaultModule,
      providers: [
        { provide: IDENTITY_KEY_RING, useValue: parseIdentityKeyRing(options.identityKeys) },
        PartyRepository,
        VisitorRepository,
        IdentityRevealRepository,
        IdentityVaultService,
        IdentityRotationService,
      ],
      exports: [IdentityVaultService, IdentityRotationService],
    };
  }
}
