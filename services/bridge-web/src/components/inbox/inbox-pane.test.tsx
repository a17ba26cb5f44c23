import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { InboxPane } from './inbox-pane';
import { defaultQuery } from './inbox-query';
import { useInboxQuery } from './use-inbox-query';

afterEach(() => useInboxQuery.setState({ query: defaultQuery }));

describe('InboxPane', () => {
  it('keeps the chosen sort and filters when the user leaves the inbox and comes back', () => {
    const first = render(<InboxPane selectedChatId={null} />);
    fireEvent.change(screen.getByLabelText('Sort conversations'), { target: { value: 'recent' } });
    fireEvent.change(screen.getByLabelText('Search conversations'), { target: { value: 'ann' } });
    first.unmount(); // another view (Analytics, Settings) replaces the pane

    render(<InboxPane selectedChatId={null} />);

    expect((screen.getByLabelText('Sort conversations') as HTMLSelectElement).value).toBe('recent');
    expect((screen.getByLabelText('Search conversations') as HTMLInputElement).value).toBe('ann');
  });
});
