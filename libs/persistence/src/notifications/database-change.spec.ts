import { parseDatabaseChange } from './database-change';

describe('parseDatabaseChange', () => {
  it('reads the changes the triggers notify', () => {
    expect(parseDatabaseChange('{"topic":"session-user","id":"6f1c1f64-6f6e-4f3a-9d55-0a4a3c1c2b10"}')).toEqual({
      topic: 'session-user',
      id: '6f1c1f64-6f6e-4f3a-9d55-0a4a3c1c2b10',
    });
    expect(parseDatabaseChange('{"topic":"authority"}')).toEqual({ topic: 'authority' });
    expect(parseDatabaseChange('{"topic":"calendar"}')).toEqual({ topic: 'calendar' });
  });

  it('keeps only the fields of the topic', () => {
    expect(parseDatabaseChange('{"topic":"authority","id":"x","extra":1}')).toEqual({ topic: 'authority' });
    expect(parseDatabaseChange('{"topic":"session-user","id":"u","extra":1}')).toEqual({
      topic: 'session-user',
      id: 'u',
    });
  });

  it.each([
    ['no id', '{"topic":"session-user"}'],
    ['a null id', '{"topic":"session-user","id":null}'],
    ['an empty id', '{"topic":"session-user","id":""}'],
    ['a numeric id', '{"topic":"session-user","id":42}'],
  ])('refuses a session-user change with %s', (_, payload) => {
    expect(parseDatabaseChange(payload)).toBeNull();
  });

  it.each([
    ['no payload', undefined],
    ['an empty payload', ''],
    ['junk', 'not json'],
    ['truncated JSON', '{"topic":"authority"'],
    ['JSON null', 'null'],
    ['a JSON string', '"authority"'],
    ['a JSON number', '42'],
    ['a JSON array', '["authority"]'],
  ])('returns null for %s', (_, payload) => {
    expect(parseDatabaseChange(payload)).toBeNull();
  });

  it.each([
    ['an unknown topic', '{"topic":"petition","id":"p"}'],
    ['a topic in another case', '{"topic":"Authority"}'],
    ['no topic', '{"id":"u"}'],
    ['a non-string topic', '{"topic":1}'],
  ])('returns null for %s', (_, payload) => {
    expect(parseDatabaseChange(payload)).toBeNull();
  });
});
