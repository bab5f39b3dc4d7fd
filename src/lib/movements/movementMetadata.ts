import type { MetadataRow } from '../site/documentPage';
import type { MovementExemplar, MovementView } from './movementModel';

/**
 * The rows of a movement's "Thông tin phong trào" table: scope, period, who launched it and with which
 * document, other names. Unknown launchers are said to be unknown rather than left out.
 */
export function movementMetadataRows(
  movement: Pick<
    MovementView<MovementExemplar>,
    'scopeLabel' | 'periodLabel' | 'launchedBy' | 'launchedByDocument' | 'aliases'
  >,
): MetadataRow[] {
  const rows: MetadataRow[] = [
    { label: 'Phạm vi', value: movement.scopeLabel },
    { label: 'Thời gian', value: movement.periodLabel },
    {
      label: 'Cơ quan phát động',
      value: movement.launchedBy?.label ?? 'Chưa rõ',
      href: movement.launchedBy?.href,
    },
  ];
  if (movement.launchedByDocument !== undefined) {
    rows.push({
      label: 'Văn bản phát động',
      value: movement.launchedByDocument.label,
      href: movement.launchedByDocument.href,
    });
  }
  if (movement.aliases.length > 0)
    rows.push({ label: 'Tên gọi khác', value: movement.aliases.join('; ') });
  return rows;
}
