"""Pages that hold quiz questions, checked in the browser or by a form post."""


class QuizMixin:
    """A page whose quiz questions can be answered at ``museum:quiz`` without JavaScript.

    ``quiz_stream_fields`` names the StreamFields whose ``quiz``/``question``
    blocks make up the quiz, in page order.
    """

    quiz_stream_fields = ()
    quiz_block_names = ("quiz", "question")

    def quiz_questions(self):
        """The quiz blocks, each as (block id, value), in page order."""
        questions = []
        for name in self.quiz_stream_fields:
            for block in getattr(self, name) or []:
                if block.block_type in self.quiz_block_names:
                    questions.append((block.id, block.value))
        return questions

    def check_answers(self, data):
        """Results for a submitted quiz: per question, what was chosen and whether it is right.

        ``data`` maps ``q-<block id>`` to the index of the chosen answer; a missing or
        unusable answer counts as unanswered, never as an error.
        """
        results = []
        for block_id, value in self.quiz_questions():
            choices = list(value["choices"])
            raw = data.get(f"q-{block_id}", "")
            chosen = int(raw) if raw.isdigit() and int(raw) < len(choices) else None
            results.append(
                {
                    "id": block_id,
                    "question": value["question"],
                    "choices": choices,
                    "chosen": chosen,
                    "correct": chosen is not None and bool(choices[chosen]["correct"]),
                    "explanation": value["explanation"],
                }
            )
        return results
