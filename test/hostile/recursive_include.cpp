// Hostile input: the file includes itself until the preprocessor gives up.
#include "recursive_include.cpp"
