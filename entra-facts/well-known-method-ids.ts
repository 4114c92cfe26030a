/**
 * Method ids that are the same in every tenant (docs/graph-notes.md §4.0): one phone per type, the email
 * method and the password. Every other method id is opaque.
 */
export const WELL_KNOWN_METHOD_ID = {
  mobile: '3179e48a-750b-4051-897c-87b9720928f7',
  alternateMobile: 'b6332ec1-7057-4abe-9331-3d72feddfe41',
  office: 'e37fc753-ff3b-4958-9484-eaa9425c82bc',
  email: '3ddfcfc8-9383-446f-83cc-3ab9be4be18f',
  password: '28c10230-6103-485e-b985-444c60001490',
} as const;
