"""The names the roles and the review workflow are created under (migration 0001) and looked up by."""

EDITORS = "Editors"
MODERATORS = "Moderators"
CLINICAL_REVIEWERS = "Clinical reviewers"
CLINICAL_REVIEW = "Clinical review"
