// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BreakableAddress } from './breakable-address.tsx';

describe('BreakableAddress', () => {
  it('offers a break after the @ and before each dot, and keeps the text whole', () => {
    const { container } = render(<BreakableAddress value="omar.muller@contoso.onmicrosoft.com" />);
    expect(container.textContent).toBe('omar.muller@contoso.onmicrosoft.com');
    expect(container.innerHTML).toBe('<bdi>omar<wbr>.muller@<wbr>contoso<wbr>.onmicrosoft<wbr>.com</bdi>');
  });
});
