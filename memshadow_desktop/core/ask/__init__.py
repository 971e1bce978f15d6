"""Answers from the vault: the notes search finds, what fits the context budget, the prompt,
the streamed answer and the sources it cites (``service.ask``)."""
