import { describe, expect, it } from 'vitest';
import { ODataQueryError } from './odata-query-error.ts';
import { applySelect, parseSelect } from './select.ts';

const allowed = ['id', 'userPrincipalName', 'userDisplayName', 'isAdmin', 'methodsRegistered'];

function selectError(text: string, typeName?: string): ODataQueryError {
  try {
    parseSelect(text, allowed, typeName);
  } catch (error) {
    expect(error).toBeInstanceOf(ODataQueryError);
    return error as ODataQueryError;
  }
  throw new Error(`expected '${text}' to be rejected`);
}

describe('parseSelect', () => {
  it('resolves properties case-insensitively to the allowed spelling, in written order', () => {
    expect(parseSelect('USERDISPLAYNAME, isadmin', allowed)).toEqual(['userDisplayName', 'isAdmin']);
  });

  it('drops duplicates', () => {
    expect(parseSelect('id,ID,isAdmin,id', allowed)).toEqual(['id', 'isAdmin']);
  });

  it('treats blank text and * as everything', () => {
    expect(parseSelect('', allowed)).toEqual(allowed);
    expect(parseSelect('*', allowed)).toEqual(allowed);
    expect(parseSelect('id, *', allowed)).toEqual(allowed);
  });

  it('names the type in the unknown-property error', () => {
    const error = selectError('id,department', 'microsoft.graph.userRegistrationDetails');
    expect(error.code).toBe('BadRequest');
    expect(error.message).toBe(
      "Could not find a property named 'department' on type 'microsoft.graph.userRegistrationDetails'.",
    );
  });

  it('qualifies a bare type name and has a default', () => {
    expect(selectError('nope', 'user').message).toBe(
      "Could not find a property named 'nope' on type 'microsoft.graph.user'.",
    );
    expect(selectError('nope').message).toBe(
      "Could not find a property named 'nope' on type 'microsoft.graph.entity'.",
    );
  });

  it('rejects empty items with a position', () => {
    const error = selectError('id,,isAdmin');
    expect(error.message).toBe("Syntax error at position 3 in 'id,,isAdmin'.");
    expect(error.position).toBe(3);
    expect(selectError('id, ').position).toBe(4);
  });
});

describe('applySelect', () => {
  const row = {
    '@odata.type': '#microsoft.graph.userRegistrationDetails',
    id: 'u1',
    userPrincipalName: 'alice@contoso.com',
    userDisplayName: 'Alice',
    isAdmin: false,
    methodsRegistered: ['email'],
  };

  it('returns the row untouched without $select', () => {
    expect(applySelect(row, undefined)).toBe(row);
  });

  it('keeps only selected keys plus @odata.type and always-included keys', () => {
    const selected = applySelect(row, ['userDisplayName', 'isAdmin'], ['id']);
    expect(selected).toEqual({
      '@odata.type': '#microsoft.graph.userRegistrationDetails',
      id: 'u1',
      userDisplayName: 'Alice',
      isAdmin: false,
    });
    expect(Object.keys(selected)).toEqual(['@odata.type', 'id', 'userDisplayName', 'isAdmin']);
  });

  it('does not duplicate an always-included key that is also selected', () => {
    expect(Object.keys(applySelect(row, ['id', 'isAdmin'], ['id']))).toEqual([
      '@odata.type',
      'id',
      'isAdmin',
    ]);
  });

  it('omits @odata.type and always-included keys the row does not have', () => {
    expect(applySelect({ name: 'x', extra: 1 }, ['name'], ['id'])).toEqual({ name: 'x' });
  });

  it('returns selected properties missing from the row as null, as Graph does', () => {
    expect(applySelect({ id: 'u2' } as { id: string; mail?: string }, ['mail'], ['id'])).toEqual({
      id: 'u2',
      mail: null,
    });
  });

  it('returns only always-included keys for an empty selection and does not mutate the row', () => {
    const copy = structuredClone(row);
    expect(applySelect(row, [], ['id'])).toEqual({ '@odata.type': row['@odata.type'], id: 'u1' });
    expect(row).toEqual(copy);
  });
});
