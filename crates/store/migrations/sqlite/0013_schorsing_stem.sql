-- The child's voice at a schorsing: what it said, or why it was not heard.
ALTER TABLE schorsing ADD COLUMN stem_kind TEXT;
