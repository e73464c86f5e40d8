// Size entry: SortableJS, which a hand-written board needs for drag and drop between columns.
import Sortable from 'sortablejs';

export { Sortable };
