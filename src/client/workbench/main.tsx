import React from 'react'
import { createRoot } from 'react-dom/client'
import { adoptStyles } from '../shared/styles'
import { WorkbenchApp } from './WorkbenchApp'

adoptStyles()
const rootElement = document.getElementById('root')
if (rootElement) createRoot(rootElement).render(<WorkbenchApp />)
