-- TODO: write this model

