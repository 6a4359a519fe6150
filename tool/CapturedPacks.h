//===- CapturedPacks.h - Coroutine lambdas capturing a pack -----*- C++ -*-===//
//
// A coroutine lambda in a template with a parameter pack that captures the
// function parameter pack (`[xs...]`, `[&xs...]`, `[&]` naming it) or has
// an init-capture pack (`[...ys = std::move(xs)]`): each
// element is a capture of its own, a member of the lambda's machine named
// after its index (`xs0_`, `xs1_`), and the lambda's body, which expands
// the pack as written, runs in a generic lambda that receives the
// elements under the pack's name (CapturedPacks.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LOWER_CAPTURED_PACKS_H
#define ASYNC_LOWER_CAPTURED_PACKS_H

#include "Lowering.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/LambdaCapture.h"

#include <string>
#include <vector>

namespace asynclower {

// The name of the member that holds Capture, a capture of the lambda class
// Closure, in the lambda's machine (and in a named closure): `xs1_` for the
// second element of a pack, the captured variable's name otherwise.
std::string capturedName(const clang::CXXRecordDecl *Closure,
                         const clang::LambdaCapture &Capture);

// The index of Capture among the elements of the pack it captures (a
// function parameter pack's element, or an element of an init-capture
// pack), or -1 when it captures no element of a pack.
int capturedPackElement(const clang::CXXRecordDecl *Closure,
                        const clang::LambdaCapture &Capture);

// The names of the packs whose elements the lambda class Closure captures.
std::vector<std::string> capturedPacks(const clang::CXXRecordDecl *Closure);

// For a coroutine lambda's plan: when the lambda names a pack it captures,
// the body runs in a generic lambda of move_next() that receives the
// elements, `[this](auto &&...xs) {...}(xs0_, xs1_)` (Plan.PackHelper and
// the rest, as for a generic lambda's pack). False, with an error, where
// that is not possible yet.
bool capturedPackHelper(LoweringContext &C, FunctionPlan &Plan);

} // namespace asynclower

#endif
