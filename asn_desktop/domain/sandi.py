"""Password length rules, shared by the account service and the login dialogs
(which show them before the database and its services are loaded)."""

MIN_PASSWORD = 8
MAX_PASSWORD = 256  # argon2 hashes any length; a bound keeps a pasted novel out
