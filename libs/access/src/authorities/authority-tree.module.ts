import { Module } from '@nestjs/common';
import { AuthorityTreeRepository } from './authority-tree.repository';
import { AuthorityTreeService } from './authority-tree.service';

/**
 * Administration of the authority tree. AuthorityDirectory comes from the global AccessModule,
 * which must be imported by the application.
 */
@Module({
  providers: [AuthorityTreeRepository, AuthorityTreeService],
  exports: [AuthorityTreeService, AuthorityTreeRepository],
})
export class AuthorityTreeModule {}
