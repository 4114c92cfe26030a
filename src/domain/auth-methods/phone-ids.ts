/** Well-known phone method ids (docs/graph-notes.md §4.0): one phone per type, the same in every tenant. */
export const PHONE_METHOD_ID = {
  mobile: '3179e48a-750b-4051-897c-87b9720928f7',
  alternateMobile: 'b6332ec1-7057-4abe-9331-3d72feddfe41',
  office: 'e37fc753-ff3b-4958-9484-eaa9425c82bc',
} as const;
