import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import type { DefaultMark } from '../lib/default-method.ts';
import type { GraphMethod } from '../lib/graph-method.ts';
import { deleteSegmentOf, KIND_NOUN, shortName } from '../lib/method-actions.ts';
import { describeMethod } from '../lib/method-details.ts';
import type { PhoneType } from '../lib/phone-number.ts';

interface Props {
  method: GraphMethod;
  marks: DefaultMark[];
  allowed: boolean;
  reasonId: string;
  onDelete: (method: GraphMethod, isDefault: boolean) => void;
  onReplacePhone: (phoneType: PhoneType) => void;
}

/** The buttons beside one method: delete for every deletable kind, replace for phones. */
export function MethodActions({ method, marks, allowed, reasonId, onDelete, onReplacePhone }: Props) {
  const described = describeMethod(method);
  if (!deleteSegmentOf(described.kind)) return null;
  const name = `${KIND_NOUN[described.kind]} ${shortName(described.title, 40)}`;
  const phoneType = (method as { phoneType?: PhoneType | null }).phoneType;
  const common = {
    size: 'small',
    disabled: !allowed,
    'aria-describedby': allowed ? undefined : reasonId,
  } as const;
  return (
    <>
      {described.kind === 'phone' && phoneType && (
        <Button
          {...common}
          onClick={() => onReplacePhone(phoneType)}
          aria-label={`Replace number of ${name}`}
        >
          Replace
        </Button>
      )}
      <Button
        {...common}
        color="error"
        startIcon={<DeleteOutlined />}
        onClick={() => onDelete(method, marks.includes('default'))}
        aria-label={`Delete ${name}`}
        data-testid="delete-method"
        sx={{ flexShrink: 0 }}
      >
        Delete
      </Button>
    </>
  );
}
