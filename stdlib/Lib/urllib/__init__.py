"""urllib: URL handling; urllib.parse is here (urllib.request, which needs the network
stack, is not)."""
