import SearchOutlined from '@mui/icons-material/SearchOutlined';
import Autocomplete from '@mui/material/Autocomplete';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useNavigate } from 'react-router';
import { GraphError } from '../../../lib/graph/graph-error.ts';
import { userSearchQuery, type UserSearchHit } from '../api/search-users.ts';
import { MIN_SEARCH_LENGTH, normaliseSearchTerm } from '../lib/search-expression.ts';
import { isSlashShortcut } from '../lib/slash-shortcut.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { UserSearchOption } from './user-search-option.tsx';
import { SEARCH_BOX_SIZE, searchHint } from './search-box-size.ts';

const DEBOUNCE_MS = 250;

/** "/" jumps to the search box from anywhere except while typing in a field. */
function useSlashToFocus(
  input: React.RefObject<HTMLInputElement | null>,
  focusOnMount: RefObject<boolean> | undefined,
  enabled: boolean,
) {
  useEffect(() => {
    if (!enabled) return;
    // A "/" pressed while this box's code was still loading.
    if (focusOnMount?.current) input.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSlashShortcut(event)) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [input, focusOnMount, enabled]);
}

// One line in the list's empty state: what failed, and the ids a support case needs.
const searchFailure = (error: Error) =>
  error instanceof GraphError
    ? `Search failed: ${error.message} (code ${error.code}${error.requestId ? `, request-id ${error.requestId}` : ''})`
    : `Search failed: ${error.message}`;

// On a page (the helpdesk home) the box is the page's first control: wide, full height, and focused.
const PAGE_BOX_SIZE = { width: '100%', maxWidth: 640 } as const;

/**
 * Find a user by name, UPN or mail and open their page; works with only a user-read role (helpdesk). The top
 * bar's box answers the "/" shortcut; the helpdesk home's is focused when the page opens.
 */
export function UserSearchBox({
  focusOnMount,
  placement = 'toolbar',
}: { focusOnMount?: RefObject<boolean>; placement?: 'toolbar' | 'page' } = {}) {
  const onPage = placement === 'page';
  const navigate = useNavigate();
  const inputRef = useRef<HTMLInputElement>(null);
  const [input, setInput] = useState('');
  const term = normaliseSearchTerm(useDebouncedValue(input, DEBOUNCE_MS));
  const searchable = term.length >= MIN_SEARCH_LENGTH;
  const search = useQuery(userSearchQuery(term));
  useSlashToFocus(inputRef, focusOnMount, !onPage);

  const options =
    searchable && normaliseSearchTerm(input).length >= MIN_SEARCH_LENGTH ? (search.data ?? []) : [];
  const noOptionsText = !searchable
    ? `Type at least ${MIN_SEARCH_LENGTH} characters`
    : search.isError
      ? searchFailure(search.error)
      : 'No users found';

  return (
    <Autocomplete<UserSearchHit, false, false, false>
      sx={onPage ? PAGE_BOX_SIZE : SEARCH_BOX_SIZE}
      options={options}
      value={null}
      inputValue={input}
      onInputChange={(_, value, reason) => {
        // Selecting an option would otherwise write its label into the box.
        if (reason !== 'reset') setInput(value);
      }}
      onChange={(_, user) => {
        if (!user?.id) return;
        setInput('');
        inputRef.current?.blur();
        void navigate(`/users/${encodeURIComponent(user.id)}`);
      }}
      // Graph already filtered; the term need not appear in the label (a UPN or mail match).
      filterOptions={(x) => x}
      getOptionLabel={(user) => user.displayName ?? user.userPrincipalName ?? ''}
      getOptionKey={(user) => user.id ?? ''}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      loading={searchable && search.isFetching}
      loadingText="Searching…"
      noOptionsText={noOptionsText}
      autoHighlight
      forcePopupIcon={false}
      clearOnBlur={false}
      blurOnSelect
      slotProps={{ popper: { sx: { minWidth: { xs: 300, sm: 380 } } }, listbox: { 'aria-label': 'Users' } }}
      renderOption={({ key, ...props }, user) => (
        <li key={key} {...props} data-testid="user-search-option">
          <UserSearchOption user={user} />
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          inputRef={inputRef}
          size={onPage ? 'medium' : 'small'}
          autoFocus={onPage}
          placeholder={onPage ? 'Name, user principal name or email' : searchHint()}
          slotProps={{
            ...params.slotProps,
            htmlInput: {
              ...params.slotProps.htmlInput,
              'aria-label': onPage ? 'Find a user' : 'Search users',
              'aria-keyshortcuts': '/',
            },
            input: {
              ...params.slotProps.input,
              startAdornment: (
                <InputAdornment position="start">
                  <SearchOutlined fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
          sx={{
            '& .MuiInputBase-root': { bgcolor: 'background.paper', color: 'text.primary' },
            // MUI's faint default placeholder is below text contrast; the hint is worth reading.
            '& .MuiInputBase-input::placeholder': { color: 'text.secondary', opacity: 1 },
          }}
        />
      )}
    />
  );
}
