import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { message } from '../../test/fixtures';
import { MessageBubble } from './message-bubble';

describe('MessageBubble', () => {
  it('shows markup in a message as text, never as HTML', () => {
    const text = '<img src=x onerror=alert(1)>';
    const { container } = render(<MessageBubble message={message('1', 'c', '2025-03-01T18:00:00Z', { text })} />);
    expect(screen.getByTestId('message-text').textContent).toBe(text);
    expect(container.querySelector('img')).toBeNull();
  });

  it('labels tips and paid messages', () => {
    render(<MessageBubble message={message('1', 'c', '2025-03-01T18:00:00Z', { text: '', isTip: true, tipAmount: 25 })} />);
    expect(screen.getByText(/Tip \$25/)).toBeTruthy();
  });
});
