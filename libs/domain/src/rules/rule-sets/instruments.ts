import type { LegalSource, SourceConfidence } from '../rule-set.types';

/** Names of the instruments as cited in deadline proofs; one spelling everywhere. */
export const LTCD = 'Luật Tiếp công dân 42/2013/QH13';
export const LKN = 'Luật Khiếu nại 02/2011/QH13';
export const LTC = 'Luật Tố cáo 25/2018/QH14';
export const L136 = 'Luật 136/2025/QH15';
export const LTCCQDP = 'Luật Tổ chức chính quyền địa phương 2025';
export const ND64 = 'Nghị định 64/2014/NĐ-CP';
export const ND31 = 'Nghị định 31/2019/NĐ-CP';
export const ND124 = 'Nghị định 124/2020/NĐ-CP';
export const ND141 = 'Nghị định 141/2025/NĐ-CP';
export const ND154 = 'Nghị định 154/2026/NĐ-CP';
export const ND155 = 'Nghị định 155/2026/NĐ-CP';
export const ND156 = 'Nghị định 156/2026/NĐ-CP';
export const TT06_2014 = 'Thông tư 06/2014/TT-TTCP';
export const TT07_2014 = 'Thông tư 07/2014/TT-TTCP';
export const TT04_2021 = 'Thông tư 04/2021/TT-TTCP';
export const TT05_2021 = 'Thông tư 05/2021/TT-TTCP';
export const TT02_2025 = 'Thông tư 02/2025/TT-TTCP';

export const src = (
  instrument: string,
  article: string,
  extra: { amendedBy?: string; confidence?: SourceConfidence } = {},
): LegalSource => ({ instrument, article, ...extra });
