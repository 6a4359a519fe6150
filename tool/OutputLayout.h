//===- OutputLayout.h - Lay the generated code out with libFormat --------===//

#ifndef ASYNC_LOWER_OUTPUTLAYOUT_H
#define ASYNC_LOWER_OUTPUTLAYOUT_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <string>

namespace asynclower {

// Marks Text as generated, Depth classes or function bodies deep, until
// formatGenerated lays it out.
std::string markGenerated(llvm::StringRef Text, unsigned Depth);

// Where Input holds one of the marks, which C++ source cannot contain;
// npos if nowhere.
size_t findGeneratedMark(llvm::StringRef Input);

// Formats each marked chunk of Marked on Threads threads (0: one per
// hardware thread) and removes the marks; the text between chunks is kept.
llvm::Expected<std::string> formatGenerated(llvm::StringRef Marked,
                                            llvm::StringRef FileName,
                                            unsigned Threads);

// Text with the line endings most of Input's lines have.
std::string withLineEndingsOf(llvm::StringRef Input, std::string Text);

} // namespace asynclower

#endif
