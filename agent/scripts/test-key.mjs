// The PUBLIC key of the test build only: a fixed manifest "key" gives the unpacked test extension a
// stable id (the dashboard needs it). The private half was never kept; the release build has no key.
export const TEST_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAsJw6bTYYlKWTWH31tIBNw6i/4SvkUDxQmuMI7HBTurh0PWBxeMEVpOk6VPrc15wczRC3TIsFuJG6zJ2Yg+APhcj+d2W+rvXjRF0OX0QopfsQcbDocOcaCYr1lw3P+677CVFZhUSLkrFvfu8r22l14OjYwpJGokWcOjhYmBUlzRpiPxZ28I+YAioWthV7Q/tirDUD0ATqJWm8VKUPkWjgBeYZ2GIAGTMSufw5USq3KwOO5e7UZx7X99om1TJ8c7/laYnAEdCEn0uGFRvJfTDMy6RhMF0L+pFqIZtXyw+fG5UlnVtBEOC8T6uNbHKJ/I03zSISArTHBO7eXlKQiT//TQIDAQAB';
