"""urllib: URL handling -- urllib.parse (splitting, quoting, query strings), urllib.request
(opening http, file and data URLs), urllib.error and urllib.response."""
