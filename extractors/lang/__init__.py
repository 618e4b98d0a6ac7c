"""Language data (word lists, patterns) kept apart from the code that applies it."""
