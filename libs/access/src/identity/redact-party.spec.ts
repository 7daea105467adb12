import { redactParty, type PartyFlags } from './redact-party';

const party = (over: Partial<PartyFlags> = {}): PartyFlags => ({
  id: 'p1',
  petitionId: 'pe1',
  role: 'signatory',
  kind: 'individual',
  anonymous: false,
  protected: false,
  protectionWaived: false,
  ...over,
});

describe('redactParty', () => {
  it.each([
    [party({ protected: true }), undefined, 'Người tố cáo (được bảo vệ)'],
    [party({ protected: true }), 'mixed', 'Người tố cáo (được bảo vệ)'],
    [party({ protected: true, protectionWaived: true }), 'denunciation', 'Người tố cáo'],
    [party(), 'complaint', 'Người khiếu nại'],
    [party({ kind: 'organisation' }), 'complaint', 'Cơ quan, tổ chức khiếu nại'],
    [party(), 'feedback', 'Người kiến nghị, phản ánh'],
    [party(), null, 'Người gửi đơn'],
    [party({ anonymous: true, protected: true }), 'denunciation', 'Người tố cáo (nặc danh) (được bảo vệ)'],
    [party({ role: 'representative', protected: true }), 'denunciation', 'Người đại diện (được bảo vệ)'],
    [party({ role: 'authorised_person' }), 'complaint', 'Người được ủy quyền'],
    [party({ role: 'lawyer' }), 'complaint', 'Luật sư'],
  ] as const)('labels %j on a %s đơn as %j', (flags, contentKind, label) => {
    expect(redactParty(flags, contentKind).label).toBe(label);
  });

  it('shows the flags and nothing else', () => {
    const view = redactParty(party({ protected: true }), 'denunciation');
    expect(view).toEqual({
      partyId: 'p1',
      petitionId: 'pe1',
      role: 'signatory',
      kind: 'individual',
      anonymous: false,
      protected: true,
      label: 'Người tố cáo (được bảo vệ)',
    });
  });

  it('does not call a denouncer who waived protection protected', () => {
    expect(redactParty(party({ protected: true, protectionWaived: true })).protected).toBe(false);
  });
});
