"""WAGTAIL_FINISH_WORKFLOW_ACTION: Wagtail imports this while its own models load, so nothing is imported at the top."""


def publish_with_review(workflow_state, user=None):
    from .review import publish_with_review as publish

    return publish(workflow_state, user=user)
